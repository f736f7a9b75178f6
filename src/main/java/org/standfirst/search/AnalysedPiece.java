package org.standfirst.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

/**
 * A piece as the index sees it: each stem with its weight and positions, the words (as folded) that led
 * to each stem, and the start of its text for result excerpts. Stems and words are in the order the
 * analysis first meets them (fields in order, then paragraphs, then words), so equal pieces give equal
 * bytes without sorting.
 *
 * @param stems every stem of the piece with a weight from 1 to {@link #MAX_WEIGHT} and its positions
 * @param words every distinct word of the piece with its stem (a word with several stems: A–Z by stem)
 * @param excerpt the standfirst and the start of the body, cut at a word
 * @param text the body's sub-headings and paragraphs in order (the lead image's caption and alt text
 *             last), a line each with runs of spaces made one, at most {@link #TEXT} characters: where a
 *             result's excerpt is cut from when its title and start have none of the words searched for.
 *             Raw DEFLATE in base64 (empty for an empty body): well under half the bytes for the reader
 *             to fetch and the build to write and keep.
 */
public record AnalysedPiece(List<Weighted> stems, List<Analysers.Token> words, String excerpt, String text) {
    /** Positions of one field are this far apart, one for each field, so the fields interleave. */
    public static final int STRIDE = PieceText.Field.values().length;
    /** Paragraphs start at multiples of this many words, so words added to one do not move the next. */
    static final int BLOCK = 256;
    /** Weights fit in one character of the index's encoding. */
    public static final int MAX_WEIGHT = 31;
    /** How long an excerpt's source text may be: a results page fetches ten of them. */
    static final int EXCERPT = 320;
    /**
     * How much of a body a result's excerpt is looked for in: all of an ordinary piece (a few thousand
     * words), and a bound on what one result fetches when a piece is very long.
     */
    static final int TEXT = 40_000;
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
        Found found = new Found();
        for (PieceText.Field field : PieceText.Field.values()) found.field(field, text.of(field), text.language());
        return new AnalysedPiece(found.weighted(), found.pairs(), excerpt(text), deflated(text(text.passages())));
    }

    /**
     * What the analysis has found so far: for a word met in a paragraph analysed as a whole, one map
     * look-up for its stem and one for its surface; for a remembered word, those the first time the piece
     * has it, and none after (its slot holds the stem).
     */
    private static final class Found implements Analysers.WordSink {
        /** Numbers analyses apart, for the slots of remembered words; an analysis is never 0. */
        private static final AtomicInteger ANALYSES = new AtomicInteger();
        final int id = next();
        final Map<String, Stem> stems = new HashMap<>(1024);
        final List<Stem> stemOrder = new ArrayList<>(512);
        /** Each word's stem, or the stems (a TreeSet) of a word that has more than one. */
        final Map<String, Object> words = new HashMap<>(1024);
        final List<String> wordOrder = new ArrayList<>(512);
        PieceText.Field field;
        int block;
        int word;
        int length;

        private static int next() {
            int id = ANALYSES.incrementAndGet();
            return id != 0 ? id : ANALYSES.incrementAndGet();
        }

        /**
         * The words of one field, paragraph by paragraph. Each loop of the analysis is a method of its own:
         * the JIT then compiles each small loop when it is hot, not the whole analysis over and over (once
         * for each loop that grew hot inside it).
         */
        void field(PieceText.Field field, String all, String language) {
            this.field = field;
            block = 0;
            for (int from = 0; from <= all.length(); ) {
                int end = all.indexOf('\n', from);
                if (end < 0) end = all.length();
                word = 0;
                Analysers.tokens(all.substring(from, end), language, this);
                // The next paragraph starts at the next multiple of BLOCK past this one's words and a gap.
                block += (word / BLOCK + 1) * BLOCK;
                from = end + 1;
            }
        }

        /** Each stem with its weight (BM25's saturated term frequency) and positions, in the order found. */
        List<Weighted> weighted() {
            double norm = K1 * (1 - B + B * length / MEAN_LENGTH);
            List<Weighted> out = new ArrayList<>(stemOrder.size());
            for (Stem one : stemOrder) {
                double tf = one.halves / 2.0;
                double part = tf / (tf + norm); // BM25's saturation, divided by (k1 + 1)
                out.add(new Weighted(one.stem, (int) Math.max(1, Math.min(MAX_WEIGHT, Math.round(part * MAX_WEIGHT))), one.text()));
            }
            return out;
        }

        /** Each word with its stem, in the order found (a word with several stems: A–Z by stem). */
        @SuppressWarnings("unchecked")
        List<Analysers.Token> pairs() {
            List<Analysers.Token> out = new ArrayList<>(wordOrder.size());
            for (String word : wordOrder) {
                Object of = words.get(word);
                if (of instanceof String stem) {
                    out.add(new Analysers.Token(word, stem));
                } else {
                    for (String stem : (TreeSet<String>) of) out.add(new Analysers.Token(word, stem));
                }
            }
            return out;
        }

        @Override
        public void token(String surface, String stem) {
            count(met(surface, stem, elided(surface)));
        }

        @Override
        public void remembered(Analysers.Word known) {
            if (known.owner != id) {
                known.owner = id;
                known.slot = met(known.token.surface(), known.token.stem(), known.elided);
            }
            count((Stem) known.slot);
        }

        /**
         * The word {@code surface} (and the word after its elision, when it has one) has {@code stem}: the
         * stem's weight and positions so far, new when the piece has not had it before.
         */
        private Stem met(String surface, String stem, String elided) {
            Stem one = stems.get(stem);
            if (one == null) {
                stems.put(stem, one = new Stem(stem));
                stemOrder.add(one);
            }
            word(surface, stem);
            if (elided != null) word(elided, stem);
            return one;
        }

        /** The word at this position has {@code one}'s stem. */
        private void count(Stem one) {
            one.halves += field.weight;
            one.add((block + word) * STRIDE + field.ordinal());
            word++;
            length++;
        }

        @SuppressWarnings("unchecked")
        private void word(String surface, String stem) {
            Object was = words.putIfAbsent(surface, stem);
            if (was == null) wordOrder.add(surface);
            if (was == null || was.equals(stem)) return;
            if (was instanceof TreeSet<?> set) {
                ((TreeSet<String>) set).add(stem);
            } else {
                TreeSet<String> both = new TreeSet<>();
                both.add((String) was);
                both.add(stem);
                words.put(surface, both);
            }
        }
    }

    /** A stem's weight in halves and its positions in a piece, field by field as they are found. */
    private static final class Stem {
        private final String stem;
        private int halves;
        private int[] found = new int[4];
        private int count;

        Stem(String stem) {
            this.stem = stem;
        }

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

    /**
     * {@code text.replaceAll("\\s+", " ").strip()}, or, once that is sure to be longer than {@code enough}
     * characters, only its start: at least {@code enough + 1} characters, the last of them not a space.
     */
    static String collapsed(String text, int enough) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), enough + 16));
        boolean space = false;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++; // what strip() takes off the start
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
                if (out.length() > enough && !Character.isWhitespace(c)) return out.toString();
            }
        }
        return out.toString().strip();
    }

    /**
     * The body's lines with runs of spaces and tabs made one and blank lines left out, up to
     * {@link #TEXT} characters, cut at a space or line break. It runs over every body: a body already
     * so (most are, as MarkdownWords leaves them) is checked and not copied; another is copied a word
     * at a time.
     */
    static String text(String body) {
        String out = isTidy(body) ? body : tidied(body);
        if (out.length() <= TEXT) return out;
        return out.substring(0, cut(out, TEXT, Math.max(out.lastIndexOf(' ', TEXT), out.lastIndexOf('\n', TEXT))));
    }

    /** Whether {@code body}'s first {@link #TEXT} characters need no tidying: no tab, no run of spaces, no space beside a line break. */
    private static boolean isTidy(String body) {
        int end = Math.min(body.length(), TEXT + 1);
        char last = '\n'; // as if a line ended just before: the text may not start with a space or line break
        for (int i = 0; i < end; i++) {
            char c = body.charAt(i);
            if (c <= ' ' && (c != ' ' && c != '\n' || last == ' ' || last == '\n')) return false;
            last = c;
        }
        return last != ' ' && last != '\n';
    }

    private static String tidied(String body) {
        StringBuilder out = new StringBuilder(Math.min(body.length(), TEXT + 1));
        boolean space = false; // a space is owed before the line's next word
        boolean line = false; // a line break is owed before the next word
        for (int i = 0; i < body.length() && out.length() <= TEXT; ) {
            char c = body.charAt(i);
            if (c == '\n') {
                line = out.length() > 0;
                space = false;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f') {
                space = out.length() > 0 && !line;
                i++;
            } else {
                int end = i + 1;
                while (end < body.length() && body.charAt(end) > ' ') end++;
                if (line) out.append('\n');
                else if (space) out.append(' ');
                line = space = false;
                out.append(body, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    /**
     * One compressor per thread, as making one allocates some hundreds of KB outside the heap. The fastest
     * level: it runs over every body beside render, in half the time of the default for a tenth more bytes.
     */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    /** {@code text}'s UTF-8 as raw DEFLATE (what a browser's {@code DecompressionStream("deflate-raw")} reads), in base64. */
    static String deflated(String text) {
        if (text.isEmpty()) return "";
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2 + 64);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /**
     * Where to cut a text longer than {@code limit}: at {@code space}, the last break before the limit, when
     * that keeps more than half of it, else at the limit; never between the two halves of a surrogate pair.
     */
    private static int cut(String text, int limit, int space) {
        int cut = space < limit / 2 ? limit : space;
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private static String excerpt(PieceText text) {
        // Only the start is kept: collapse the spaces of a little more than that, not of the whole body.
        String body = text.body().substring(0, Math.min(text.body().length(), 4 * EXCERPT));
        String all = collapsed(text.standfirst() + " " + body, EXCERPT);
        if (all.length() <= EXCERPT) return all;
        return all.substring(0, cut(all, EXCERPT, all.lastIndexOf(' ', EXCERPT))) + " …";
    }
}
