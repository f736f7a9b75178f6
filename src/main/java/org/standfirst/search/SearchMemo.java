package org.standfirst.search;

import java.util.List;
import java.util.Optional;

/**
 * What the search stage lets an incremental build remember between builds: each piece as analysed.
 * The default remembers nothing, so every piece is read and analysed.
 */
public interface SearchMemo {
    /** Remembers nothing: a build without a cache. */
    SearchMemo NONE = new SearchMemo() {
    };

    /**
     * Everything an analysis reads: the piece's fields, its body by digest, and the names it is filed under.
     *
     * @param version changes whenever the analysis does
     */
    record Input(int version, String language, String title, String standfirst, String bodyDigest, String caption,
                 String alt, List<String> names) {
        public Input {
            names = List.copyOf(names);
        }
    }

    default Optional<AnalysedPiece> recall(Input input) {
        return Optional.empty();
    }

    /** A piece analysed afresh, from a body whose digest is {@code bodyDigest}. */
    default void remember(Input input, String bodyDigest, AnalysedPiece piece) {
    }

    /** The index is written: what this build did not use is forgotten. */
    default void finish() {
    }
}
