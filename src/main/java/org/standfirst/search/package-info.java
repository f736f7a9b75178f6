/** The search stage: analyses the published pieces with Lucene and writes the browser's search index as parts. */
package org.standfirst.search;
