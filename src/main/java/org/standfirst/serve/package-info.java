/**
 * The preview server: builds the archive with the same pipeline into a private folder, serves it over
 * HTTP, watches the sources, rebuilds on change, and tells open pages to reload or to show the build's
 * problems over the last good site.
 */
package org.standfirst.serve;
