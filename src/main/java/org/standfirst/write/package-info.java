/**
 * The only code that touches the output folder: writes into a staging folder and swaps it in
 * ({@link org.standfirst.write.SiteWriter}), or updates it in place from a journal
 * ({@link org.standfirst.write.SiteUpdater}), one build at a time ({@link org.standfirst.write.OutputLock}).
 */
package org.standfirst.write;
