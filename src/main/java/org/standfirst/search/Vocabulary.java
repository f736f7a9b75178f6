package org.standfirst.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The archive's words as the browser looks them up: each word (as folded) with the stems it stands for,
 * and for each stem how many documents give the word that stem, so that an edited document can be
 * taken out again without reading the others.
 */
final class Vocabulary {
    /** A word's stems, A–Z, and how many documents give the word each of them. */
    static final class Stems {
        private String[] stems;
        private int[] docs;

        private Stems(String[] stems, int[] docs) {
            this.stems = stems;
            this.docs = docs;
        }

        List<String> stems() {
            return Arrays.asList(stems);
        }

        int docs(int i) {
            return docs[i];
        }

        private void add(String stem, int delta) {
            int at = Arrays.binarySearch(stems, stem);
            if (at >= 0) {
                docs[at] += delta;
                if (docs[at] > 0) return;
                if (docs[at] < 0) throw new IllegalStateException("taken out more often than put in: " + stem);
                stems = without(stems, at);
                docs = without(docs, at);
                return;
            }
            if (delta < 0) throw new IllegalStateException("taken out but never put in: " + stem);
            int insert = -at - 1;
            String[] moreStems = new String[stems.length + 1];
            int[] moreDocs = new int[docs.length + 1];
            System.arraycopy(stems, 0, moreStems, 0, insert);
            System.arraycopy(docs, 0, moreDocs, 0, insert);
            moreStems[insert] = stem;
            moreDocs[insert] = delta;
            System.arraycopy(stems, insert, moreStems, insert + 1, stems.length - insert);
            System.arraycopy(docs, insert, moreDocs, insert + 1, docs.length - insert);
            stems = moreStems;
            docs = moreDocs;
        }

        private static String[] without(String[] array, int at) {
            String[] out = new String[array.length - 1];
            System.arraycopy(array, 0, out, 0, at);
            System.arraycopy(array, at + 1, out, at, out.length - at);
            return out;
        }

        private static int[] without(int[] array, int at) {
            int[] out = new int[array.length - 1];
            System.arraycopy(array, 0, out, 0, at);
            System.arraycopy(array, at + 1, out, at, out.length - at);
            return out;
        }
    }

    private final Map<String, Stems> words = new HashMap<>();
    /** The words in order, made when first asked for after a change. */
    private NavigableMap<String, Stems> sorted;

    /** Puts in a document's words: its distinct (word, stem) pairs. */
    void add(List<Analysers.Token> pairs) {
        change(pairs, 1);
    }

    /** Takes out the words {@link #add} put in for a document. */
    void remove(List<Analysers.Token> pairs) {
        change(pairs, -1);
    }

    /** Puts in a word's stem as {@code docs} documents give it: how a kept vocabulary is read back. */
    void put(String word, String stem, int docs) {
        words.computeIfAbsent(word, w -> new Stems(new String[0], new int[0])).add(stem, docs);
        sorted = null;
    }

    private void change(List<Analysers.Token> pairs, int delta) {
        for (Analysers.Token pair : pairs) {
            Stems stems = words.get(pair.surface());
            if (stems == null) {
                if (delta < 0) throw new IllegalStateException("taken out but never put in: " + pair.surface());
                words.put(pair.surface(), new Stems(new String[] {pair.stem()}, new int[] {delta}));
                continue;
            }
            stems.add(pair.stem(), delta);
            if (stems.stems.length == 0) words.remove(pair.surface());
        }
        sorted = null;
    }

    /** Every word with its stems, A–Z. */
    NavigableMap<String, Stems> words() {
        if (sorted == null) sorted = new TreeMap<>(words);
        return sorted;
    }

    /** The stems of {@code word}, A–Z; empty when no document has it. */
    List<String> stems(String word) {
        Stems stems = words.get(word);
        return stems == null ? List.of() : stems.stems();
    }
}
