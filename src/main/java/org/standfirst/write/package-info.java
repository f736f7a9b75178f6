/** The only code that touches the output folder: writes into a staging folder, then swaps it in. */
package org.standfirst.write;
