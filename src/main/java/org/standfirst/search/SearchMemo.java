package org.standfirst.search;

import java.util.List;
import java.util.Optional;

/**
 * What the search stage lets an incremental build keep between builds: each piece as analysed, the
 * postings of each term part, and what the last index was made from, so that a rebuild patches the
 * index where pieces changed. The default keeps nothing, so every build makes the whole index.
 */
public interface SearchMemo {
    /** Keeps nothing: a build without a cache. */
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

    /** What a result fragment shows besides its analysis' excerpt: its key changes when the fragment does. */
    record Fragment(String analysis, String path, String title, String line, String authors, String language) {
    }

    /** A part of result fragments, named by its documents' fragment keys. */
    record Fragments(int format, List<String> documents) {
        public Fragments {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The key of what {@code input} gives (an analysis, a result fragment), made from its canonical bytes:
     * equal inputs have equal keys in every run. Empty when nothing is kept.
     */
    default String key(Record input) {
        return "";
    }

    /** The analysis kept under {@code key}. */
    default Optional<AnalysedPiece> recall(String key) {
        return Optional.empty();
    }

    /** A piece analysed afresh from {@code input}, with a body whose digest is {@code bodyDigest}. */
    default void remember(String key, Input input, String bodyDigest, AnalysedPiece piece) {
    }

    /** The postings a term part held, kept under the digest of the part's bytes. */
    default Optional<byte[]> postings(String content) {
        return Optional.empty();
    }

    default void rememberPostings(String content, byte[] postings) {
    }

    /** Keeps what {@code key} names (an analysis or a part's postings) for the next build, without reading it. */
    default void keep(String key) {
    }

    /** What the last index was made from ({@link IndexState}'s bytes). */
    default Optional<byte[]> lastIndex() {
        return Optional.empty();
    }

    default void rememberIndex(byte[] index) {
    }

    /** The index is written: what this build did not use is forgotten. */
    default void finish() {
    }
}
