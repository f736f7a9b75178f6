/** Reads the content folder: finds the files, decodes them and splits front matter from body. */
package org.standfirst.load;
