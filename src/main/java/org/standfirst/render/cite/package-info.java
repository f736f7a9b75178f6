/** "Cite this": references in Chicago author-date or APA style, and BibTeX and RIS files for citation managers. */
package org.standfirst.render.cite;
