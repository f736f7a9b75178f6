package org.standfirst.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analysers by language, without stop words (a query for "the" must find what a scan finds),
 * and the one folding (case, diacritics) that the browser repeats on a query's words.
 */
public final class Analysers {
    /** A word as written (folded) and the stem its language's analyser makes of it (folded too). */
    public record Token(String surface, String stem) {
    }

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", () -> new EnglishAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("ar", () -> new ArabicAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("fr", () -> new FrenchAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("de", () -> new GermanAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("es", () -> new SpanishAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("it", () -> new ItalianAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("pt", () -> new PortugueseAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("nl", () -> new DutchAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("ru", () -> new RussianAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("fa", () -> new PersianAnalyzer(CharArraySet.EMPTY_SET)),
            Map.entry("tr", () -> new TurkishAnalyzer(CharArraySet.EMPTY_SET)));
    /**
     * Each language's analyser, made when a piece in that language is first met: making all eleven loads
     * every stemmer's classes and tables, which an archive in one language does not need. Lucene's
     * analysers are safe to share between threads.
     */
    private static final Map<String, Analyzer> ANALYSERS = new ConcurrentHashMap<>();
    private static final String OTHER = "";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Analysers() {
    }

    /**
     * Each word of English already met on this thread, as written, with its token: an archive says the
     * same few thousand words again and again, and the stemmer, two filters and two folds per word cost
     * a good share of the search stage. English's analyser is Lucene's standard tokeniser followed by
     * filters that each look at one token alone (possessive, lower case, stop words (none), Porter), so a
     * word's token is what the analyser makes of that word alone: that is how a word not met before is
     * learnt. A word that the analyser would not keep whole alone is not remembered, and the paragraph it
     * is in is analysed as a whole instead. AnalysersTest holds this to the analyser over a whole archive.
     * The words as written come from the standard tokeniser's own scanner, driven as the tokeniser drives
     * it but without the four attributes it clears and sets for every word, a good share of the scanning.
     */
    private static final class Remembered {
        private static final int LIMIT = 100_000;
        /** A word the analyser drops, or makes an empty token of. */
        private static final Word NOTHING = new Word(new Token("", ""));
        private final CharArrayMap<Word> words = new CharArrayMap<>(4096, false);
        private final List<Word> paragraph = new ArrayList<>();
        /** The scanner of the analyser's own tokeniser, alone: the words as written. */
        private final StandardTokenizerImpl scanner = new StandardTokenizerImpl(null);
        private final CharTermAttributeImpl word = new CharTermAttributeImpl();

        /** The word as remembered, NOTHING, or null when it cannot be remembered. */
        Word token(Analyzer analyzer, char[] word, int length) {
            Word known = words.get(word, 0, length);
            return known != null ? known : learn(analyzer, word, length);
        }

        /** A word met for the first time (apart, so that the word met again is a small method to compile). */
        private Word learn(Analyzer analyzer, char[] word, int length) {
            String written = new String(word, 0, length);
            List<String> alone = new ArrayList<>(1);
            try (TokenStream stream = analyzer.tokenStream("text", written)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (offset.startOffset() != 0 || offset.endOffset() != length) return null;
                    alone.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (alone.size() > 1) return null;
            Word known = NOTHING;
            if (alone.size() == 1) {
                String surface = fold(written);
                String stem = fold(alone.get(0));
                if (!surface.isEmpty() && !stem.isEmpty()) known = new Word(new Token(surface, stem));
            }
            if (words.size() >= LIMIT) words.clear();
            words.put(Arrays.copyOf(word, length), known);
            return known;
        }
    }

    /**
     * A word as one thread remembers it: its token, the word after its elision, and a slot that the
     * analysis of a piece on that thread fills the first time the piece has the word, so that each time
     * after that costs it no look-up (see {@link WordSink}).
     */
    static final class Word {
        final Token token;
        /** {@link AnalysedPiece#elided} of the word as written (folded), or null. */
        final String elided;
        /** Which analysis {@link #slot} is for: a number of its own, never 0. */
        int owner;
        Object slot;

        Word(Token token) {
            this.token = token;
            this.elided = AnalysedPiece.elided(token.surface());
        }
    }

    /** A sink that takes remembered words as they are, with their slots, rather than as two strings. */
    interface WordSink extends Sink {
        void remembered(Word word);
    }

    private static final ThreadLocal<Remembered> REMEMBERED = ThreadLocal.withInitial(Remembered::new);

    /** The analyser of a primary language subtag; the standard one (tokenising only) for a language without its own. */
    private static Analyzer analyser(String code) {
        String language = BY_LANGUAGE.containsKey(code) ? code : OTHER;
        return ANALYSERS.computeIfAbsent(language, key -> key.equals(OTHER)
                ? new StandardAnalyzer(CharArraySet.EMPTY_SET) : BY_LANGUAGE.get(key).get());
    }

    /** The primary language subtag of a BCP 47 tag: "en-GB" → "en". */
    public static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether a language has its own stemmer; others are only tokenised and folded. */
    public static boolean stems(String language) {
        return BY_LANGUAGE.containsKey(language(language));
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** Receives a text's words in order, as {@link #tokens(String, String, Sink)} finds them. */
    @FunctionalInterface
    public interface Sink {
        void token(String surface, String stem);
    }

    /** The words of {@code text} in order, each with its stem. */
    public static List<Token> tokens(String text, String language) {
        List<Token> out = new ArrayList<>();
        tokens(text, language, (surface, stem) -> out.add(new Token(surface, stem)));
        return out;
    }

    /** Gives {@code sink} the words of {@code text} in order, each with its stem, without a list of them. */
    public static void tokens(String text, String language, Sink sink) {
        String code = language(language);
        Analyzer analyzer = analyser(code);
        if (code.equals("en") && remembered(text, analyzer, sink)) return;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = fold(text, offset.startOffset(), offset.endOffset());
                String stem = fold(term.toString());
                if (!surface.isEmpty() && !stem.isEmpty()) sink.token(surface, stem);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The words of {@code text} through {@link Remembered}; false, having given nothing, when one cannot be. */
    private static boolean remembered(String text, Analyzer analyzer, Sink sink) {
        Remembered remembered = REMEMBERED.get();
        List<Word> found = remembered.paragraph;
        found.clear();
        StandardTokenizerImpl scanner = remembered.scanner;
        CharTermAttributeImpl word = remembered.word;
        scanner.yyreset(new StringReader(text));
        try {
            while (scanner.getNextToken() != StandardTokenizerImpl.YYEOF) {
                // StandardTokenizer leaves out a word longer than this (its default maximum), as here.
                if (scanner.yylength() > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) continue;
                scanner.getText(word);
                Word known = remembered.token(analyzer, word.buffer(), word.length());
                if (known == null) return false;
                if (known != Remembered.NOTHING) found.add(known);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (sink instanceof WordSink words) {
            for (Word known : found) words.remembered(known);
        } else {
            for (Word known : found) sink.token(known.token.surface(), known.token.stem());
        }
        return true;
    }

    /** {@link #fold(String)} of {@code text} from {@code start} to {@code end}: one copy when it is ASCII. */
    static String fold(String text, int start, int end) {
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return fold(text.substring(start, end));
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) return text.substring(start, end);
        char[] lower = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }

    /**
     * Lower case without diacritics or tatweel, apostrophes made straight: what the browser's
     * {@code fold} in search.js does to a query's words, character for character.
     */
    public static String fold(String word) {
        if (isPlainAscii(word)) return word.toLowerCase(Locale.ROOT); // most words: nothing to decompose
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').replace("\u0640", "");
        return Normalizer.normalize(bare.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
