package org.standfirst.search;

import java.io.IOException;

/** Where the term parts get each stem's postings from: the spill of a whole build, or the last build's, patched. */
interface Postings {
    /** How many characters a stem's postings take; 0 for a stem no document has. */
    int size(String stem);

    /** A stem's postings: doc deltas and weights, alternately, in {@link Varints}. */
    String of(String stem) throws IOException;

    /** How many characters a stem's positions take. */
    int positionsSize(String stem);

    /** A stem's positions in each document of its postings, in their order (see {@link AnalysedPiece.Weighted}). */
    String positions(String stem) throws IOException;
}
