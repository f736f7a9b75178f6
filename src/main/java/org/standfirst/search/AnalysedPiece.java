package org.standfirst.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A piece as the index sees it: each stem with its weight and positions, the words (as folded) that led
 * to each stem, and the start of its text for result excerpts. Everything is sorted, so equal pieces give
 * equal bytes.
 *
 * @param stems every stem of the piece, A–Z, with a weight from 1 to {@link #MAX_WEIGHT} and its positions
 * @param words every distinct word of the piece with its stem, A–Z
 * @param excerpt the standfirst and the start of the body, cut at a word
 */
public record AnalysedPiece(List<Weighted> stems, List<Analysers.Token> words, String excerpt) {
    /** Positions of one field are this far apart, one for each field, so the fields interleave. */
    public static final int STRIDE = PieceText.Field.values().length;
    /** Paragraphs start at multiples of this many words, so words added to one do not move the next. */
    static final int BLOCK = 256;
    /** Weights fit in one character of the index's encoding. */
    public static final int MAX_WEIGHT = 31;
    /** How long an excerpt's source text may be: a results page fetches ten of them. */
    static final int EXCERPT = 320;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** BM25 normalises by the archive's mean length; a fixed one keeps a piece's weights its own. */
    private static final double MEAN_LENGTH = 900;

    /**
     * A stem, its quantised BM25 term-frequency part (field weights included), and where it occurs: in
     * {@link Varints}, how many times, then each position as the difference from the one before (the
     * first from 0). Each paragraph of a field (a line of its text) numbers its words from a multiple of
     * {@link #BLOCK}, and a word numbered n is at n × {@link #STRIDE} + the field's number: a phrase never
     * runs from one field or paragraph into the next, and an edit of one paragraph leaves the positions
     * of the others, and of the other fields, as they were.
     */
    public record Weighted(String stem, int weight, String positions) {
    }

    public AnalysedPiece {
        stems = List.copyOf(stems);
        words = List.copyOf(words);
    }

    /** Analyses the fields of {@code text} with its language's analyser. */
    public static AnalysedPiece of(PieceText text) {
        Map<String, Integer> halves = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Positions> positions = new HashMap<>();
        int length = 0;
        for (PieceText.Field field : PieceText.Field.values()) {
            int block = 0;
            for (String paragraph : text.of(field).split("\n")) {
                int word = 0;
                for (Analysers.Token token : Analysers.tokens(paragraph, text.language())) {
                    halves.merge(token.stem(), field.weight, Integer::sum);
                    words.computeIfAbsent(token.surface(), w -> new TreeSet<>()).add(token.stem());
                    String elided = elided(token.surface());
                    if (elided != null) words.computeIfAbsent(elided, w -> new TreeSet<>()).add(token.stem());
                    positions.computeIfAbsent(token.stem(), s -> new Positions()).add((block + word) * STRIDE + field.ordinal());
                    word++;
                    length++;
                }
                // The next paragraph starts at the next multiple of BLOCK past this one's words and a gap.
                block += (word / BLOCK + 1) * BLOCK;
            }
        }
        double norm = K1 * (1 - B + B * length / MEAN_LENGTH);
        List<Weighted> stems = new ArrayList<>(halves.size());
        for (String stem : new TreeSet<>(halves.keySet())) {
            double tf = halves.get(stem) / 2.0;
            double part = tf / (tf + norm); // BM25's saturation, divided by (k1 + 1)
            stems.add(new Weighted(stem, (int) Math.max(1, Math.min(MAX_WEIGHT, Math.round(part * MAX_WEIGHT))),
                    positions.get(stem).text()));
        }
        List<Analysers.Token> pairs = new ArrayList<>(words.size());
        for (String word : new TreeSet<>(words.keySet())) {
            for (String stem : words.get(word)) pairs.add(new Analysers.Token(word, stem));
        }
        return new AnalysedPiece(stems, pairs, excerpt(text));
    }

    /** A stem's positions in a piece, field by field as they are found. */
    private static final class Positions {
        private int[] found = new int[4];
        private int count;

        void add(int position) {
            if (count == found.length) found = Arrays.copyOf(found, 2 * count);
            found[count++] = position;
        }

        String text() {
            Arrays.sort(found, 0, count);
            StringBuilder out = new StringBuilder(2 * count + 2);
            Varints.append(out, count);
            int last = 0;
            for (int i = 0; i < count; i++) {
                Varints.append(out, found[i] - last);
                last = found[i];
            }
            return out.toString();
        }
    }

    /**
     * The word after an elision ("l'économie" → "economie", "qu'il" → "il"), or null: French and Italian
     * readers type the word alone, and the browser only finds words the index lists.
     */
    static String elided(String surface) {
        int apostrophe = surface.indexOf('\'');
        return apostrophe > 0 && apostrophe <= 2 && apostrophe < surface.length() - 1 ? surface.substring(apostrophe + 1) : null;
    }

    private static String excerpt(PieceText text) {
        // Only the start is kept: collapse the spaces of a little more than that, not of the whole body.
        String body = text.body().substring(0, Math.min(text.body().length(), 4 * EXCERPT));
        String all = (text.standfirst() + " " + body).replaceAll("\\s+", " ").strip();
        if (all.length() <= EXCERPT) return all;
        int cut = all.lastIndexOf(' ', EXCERPT);
        if (cut < EXCERPT / 2) cut = EXCERPT;
        if (Character.isHighSurrogate(all.charAt(cut - 1))) cut--;
        return all.substring(0, cut) + " …";
    }
}
