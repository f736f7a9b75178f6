/**
 * Moving an archive into Standfirst: what the WordPress and saved-page importers share — HTML cleaning
 * and conversion to Markdown, the front-matter writer, copying media, staged writing and the import report.
 */
package org.standfirst.importer;
