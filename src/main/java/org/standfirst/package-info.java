/** Standfirst: a static site generator for policy-commentary archives. Start reading at {@link org.standfirst.Pipeline}. */
package org.standfirst;
