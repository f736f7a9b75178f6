package org.standfirst.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    private static final Map<String, Analyzer> ANALYSERS = build();
    private static final Analyzer OTHER = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Analysers() {
    }

    private static Map<String, Analyzer> build() {
        Map<String, Analyzer> out = new TreeMap<>();
        BY_LANGUAGE.forEach((language, make) -> out.put(language, make.get()));
        return Map.copyOf(out);
    }

    /** The primary language subtag of a BCP 47 tag: "en-GB" → "en". */
    public static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether a language has its own stemmer; others are only tokenised and folded. */
    public static boolean stems(String language) {
        return ANALYSERS.containsKey(language(language));
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
        Analyzer analyzer = ANALYSERS.getOrDefault(language(language), OTHER);
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
