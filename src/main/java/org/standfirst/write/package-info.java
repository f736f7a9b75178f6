/**
 * The only code that touches the output folder: writes into a staging folder and swaps it in
 * ({@link org.standfirst.write.SiteWriter}), or updates it in place from a journal
 * ({@link org.standfirst.write.SiteUpdater}).
 */
package org.standfirst.write;
