package org.standfirst.validate;

import java.util.Collection;
import java.util.Comparator;
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

    /** Whether two names are probably one name with a slip: see {@link #closeSlugs}. */
    public static boolean closeNames(String a, String b) {
        return closeSlugs(Slug.of(a), Slug.of(b));
    }

    /**
     * Whether two names, compared as slugs (so case, accents and punctuation never count), are
     * probably one name with a slip. Equal slugs are one name already, not a slip. Long names may
     * differ by one edit in six letters ("Daniel Ashwort", "Counter-terorism"); shorter ones by one
     * edit only when they sound alike, so "Irak" is "Iraq" but "Iran" is not, and two-letter names
     * ("Li", "Lu") are never judged close.
     */
    public static boolean closeSlugs(String a, String b) {
        if (a.equals(b) || a.isEmpty() || b.isEmpty()) return false;
        int longer = Math.max(a.length(), b.length());
        int allowed = longer / 6;
        int shortest = Math.abs(a.length() - b.length()); // a lower bound of the distance, cheap to test first
        if (shortest > Math.max(allowed, 1)) return false;
        int distance = distance(a, b);
        if (distance <= allowed) return true;
        return distance == 1 && longer >= 4 && soundsAlike(a, b);
    }

    private static boolean soundsAlike(String a, String b) {
        try {
            String codeA = SOUNDEX.soundex(a);
            return !codeA.isEmpty() && codeA.equals(SOUNDEX.soundex(b));
        } catch (IllegalArgumentException e) {
            return false; // letters Soundex has no code for (other scripts): judged by distance alone
        }
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
