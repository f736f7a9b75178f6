package org.standfirst.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.language.Soundex;
import org.standfirst.model.Slug;

/**
 * Suggests the nearest known word for a misspelt one: a front-matter key ("summmary" → "summary"),
 * or a name ("Daniel Ashwort" → "Daniel Ashworth"). The build and {@code new} judge names alike.
 */
public final class DidYouMean {
    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

    private DidYouMean() {
    }

    /** The nearest key: keys are few and short, so a generous distance is still unambiguous. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** The nearest of {@code candidates} that {@link #closeNames} judges the same name misspelt. */
    public static Optional<String> closestName(String name, Collection<String> candidates) {
        String slug = Slug.of(name);
        return candidates.stream().filter(c -> closeSlugs(slug, Slug.of(c)))
                .min(Comparator.comparingInt((String c) -> distance(slug, Slug.of(c))).thenComparing(Comparator.naturalOrder()));
    }

    /** Whether two names are probably one name with a slip: see {@link #close(Key, Key)}. */
    public static boolean closeNames(String a, String b) {
        return close(Key.of(a), Key.of(b));
    }

    /** Whether two slugs are probably one name with a slip: see {@link #close(Key, Key)}. */
    public static boolean closeSlugs(String a, String b) {
        return close(Key.ofSlug(a), Key.ofSlug(b));
    }

    /**
     * A name as names are compared: its slug (so case, accents and punctuation never count), its
     * words, and the set of its letters folded into 64 bits, which rules out most pairs before any
     * distance is counted: a guard compares every name without a profile with every other.
     */
    public record Key(String slug, List<String> words, long letters) {
        public Key {
            words = List.copyOf(words);
        }

        public static Key of(String name) {
            return ofSlug(Slug.of(name));
        }

        public static Key ofSlug(String slug) {
            long letters = 0;
            for (int i = 0; i < slug.length(); ) {
                int cp = slug.codePointAt(i);
                i += Character.charCount(cp);
                letters |= 1L << (cp & 63);
            }
            return new Key(slug, slug.isEmpty() ? List.of() : List.of(slug.split("-")), letters);
        }
    }

    /**
     * Whether two names are probably one name with a slip. Equal slugs are one name already, not a
     * slip. Names are judged word by word, so two people who share a surname ("Maria Abbott", "Nadia
     * Abbott") are never one: a word of six letters or more may differ by one edit in six ("Ashwort",
     * "terorism"); a shorter word by one edit only when the two sound alike, so "Irak" is "Iraq" but
     * "Iran" is not, and two- and three-letter words ("Li", "Lu") never. A space or hyphen too many or
     * too few ("Counterterrorism") is a slip as well.
     */
    public static boolean close(Key a, Key b) {
        String x = a.slug();
        String y = b.slug();
        if (x.equals(y) || x.isEmpty() || y.isEmpty()) return false;
        if (a.words().size() != b.words().size()) return x.replace("-", "").equals(y.replace("-", ""));
        // Two lower bounds of the distance, cheap enough for every pair: the lengths' difference, and
        // letters one name has and the other lacks (an edit adds or removes at most two of them).
        int most = 0;
        for (int i = 0; i < a.words().size(); i++) {
            String u = a.words().get(i);
            String v = b.words().get(i);
            if (!u.equals(v)) most += Math.max(Math.max(u.length(), v.length()) / 6, 1);
        }
        if (Math.abs(x.length() - y.length()) > most || (Long.bitCount(a.letters() ^ b.letters()) + 1) / 2 > most) return false;
        for (int i = 0; i < a.words().size(); i++) {
            if (!closeWords(a.words().get(i), b.words().get(i))) return false;
        }
        return true;
    }

    private static boolean closeWords(String x, String y) {
        if (x.equals(y)) return true;
        int longer = Math.max(x.length(), y.length());
        int allowed = longer / 6;
        int distance = distance(x, y, Math.max(allowed, 1));
        if (distance <= allowed) return true;
        return distance == 1 && longer >= 4 && soundsAlike(x, y);
    }

    /** Soundex codes Latin letters only; a word in another script has no such judge, and one edit counts. */
    private static boolean soundsAlike(String a, String b) {
        try {
            String codeA = SOUNDEX.soundex(a);
            return !codeA.isEmpty() && codeA.equals(SOUNDEX.soundex(b));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * {@link #distance(String, String)}, or {@code most + 1} as soon as it is sure to exceed
     * {@code most}: a row whose every cell is past it can only lead to larger ones.
     */
    static int distance(String a, String b, int most) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int least = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], before[j - 2] + 1);
                }
                least = Math.min(least, row[j]);
            }
            if (least > most) return most + 1;
            int[] spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return Math.min(previous[b.length()], most + 1);
    }
}
