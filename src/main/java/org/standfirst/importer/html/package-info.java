/** Importing a folder of saved HTML pages: metadata from JSON-LD, Scholar and OpenGraph tags, body by CSS selector. */
package org.standfirst.importer.html;
