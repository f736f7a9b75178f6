/** Builds the site model: resolves names, orders pieces, groups them into listings and gives every page its URL. */
package org.standfirst.assemble;
