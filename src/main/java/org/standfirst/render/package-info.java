/** Turns the site model into pages: Markdown with flexmark, pages with Pebble. Writes nothing itself. */
package org.standfirst.render;
