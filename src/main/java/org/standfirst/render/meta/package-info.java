/** What the outside world reads from a page: Google Scholar tags, schema.org JSON-LD, OpenGraph and Twitter cards. */
package org.standfirst.render.meta;
