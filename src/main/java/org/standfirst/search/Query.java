package org.standfirst.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query as search.js reads it: words are ANDed, the words of a {@code "quoted phrase"} must
 * also follow each other in one field of a piece, {@code -word} excludes a word, and the last word,
 * unless the query ends in a space, matches as a prefix once it has {@link #MIN_PREFIX} characters.
 * What is written without a space but makes several words for the index's tokeniser (Chinese and
 * Japanese, which it reads a character at a time, or words joined by a hyphen) is a phrase too,
 * except while its last word is still being typed (a prefix); excluded, it excludes the phrase.
 * Tests use it to check the browser against a plain scan.
 *
 * @param words words every result must contain
 * @param excluded words no result may contain
 * @param prefix the word that matches as a prefix (also in {@code words}), or null
 * @param phrases phrases of two words or more, quoted or written as one (their words are also in {@code words})
 * @param excludedPhrases phrases no result may contain (their words are in no other list)
 */
public record Query(List<String> words, List<String> excluded, String prefix, List<List<String>> phrases,
                    List<List<String>> excludedPhrases) {
    /** A shorter last word matches only as a whole word: two letters would fetch half the index. */
    public static final int MIN_PREFIX = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_'.]+");
    private static final Pattern EDGES = Pattern.compile("^['._]+|['._]+$");
    /**
     * Where the index's tokeniser (Unicode's word boundaries) splits what has no separator: each Han
     * or Hiragana character is a word of its own, and a run of Katakana (with its long-vowel mark) is
     * a word apart from the letters around it.
     */
    private static final Pattern UNITS = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}]|[\\p{IsKatakana}\\u30FC\\uFF70]+|[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u30FC\\uFF70]+");
    /** A query of a thousand words is cut here; the browser does the same. */
    public static final int MAX_WORDS = 32;

    public Query {
        words = List.copyOf(words);
        excluded = List.copyOf(excluded);
        phrases = phrases.stream().map(List::copyOf).toList();
        excludedPhrases = excludedPhrases.stream().map(List::copyOf).toList();
    }

    public static Query parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        List<List<String>> excludedPhrases = new ArrayList<>();
        String last = null;
        List<String> lastWritten = null; // the last word's run of words written as one, while it may be a prefix
        boolean lastPlain = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                lastPlain = false;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) end = text.length();
                List<String> phrase = tokens(text.substring(i + 1, end));
                // A phrase cut short by the word limit is left out; its words within the limit still count.
                if (phrase.size() > 1 && words.size() + phrase.size() <= MAX_WORDS) phrases.add(phrase);
                words.addAll(phrase);
                i = end + 1;
                lastPlain = false;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') end++;
            String raw = text.substring(i, end);
            if (raw.startsWith("-") && raw.length() > 1) {
                List<String> found = tokens(raw.substring(1));
                if (found.size() > 1) excludedPhrases.add(found);
                else excluded.addAll(found);
                lastPlain = false;
            } else {
                List<String> found = tokens(raw);
                lastPlain = !found.isEmpty() && end == text.length();
                if (lastPlain) last = found.get(found.size() - 1);
                if (found.size() > 1 && words.size() + found.size() <= MAX_WORDS) {
                    if (lastPlain) lastWritten = found;
                    else phrases.add(found);
                }
                words.addAll(found);
            }
            i = end;
        }
        if (words.size() > MAX_WORDS) words = words.subList(0, MAX_WORDS);
        if (excluded.size() > MAX_WORDS) excluded = excluded.subList(0, MAX_WORDS);
        if (excludedPhrases.size() > MAX_WORDS) excludedPhrases = excludedPhrases.subList(0, MAX_WORDS);
        String prefix = lastPlain && last.codePointCount(0, last.length()) >= MIN_PREFIX
                && words.get(words.size() - 1).equals(last) ? last : null;
        if (lastWritten != null && prefix == null) phrases.add(lastWritten);
        return new Query(words, excluded, prefix, phrases, excludedPhrases);
    }

    /** The folded words of a piece of query text, split where the index's tokeniser would split them. */
    public static List<String> tokens(String raw) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(Analysers.fold(raw))) {
            Matcher unit = UNITS.matcher(part);
            while (unit.find()) {
                String word = EDGES.matcher(unit.group()).replaceAll("");
                if (!word.isEmpty()) out.add(word);
            }
        }
        return out;
    }
}
