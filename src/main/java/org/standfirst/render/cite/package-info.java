/** Formats the "Cite this" block of a piece: Chicago and APA references, BibTeX and RIS entries. */
package org.standfirst.render.cite;
