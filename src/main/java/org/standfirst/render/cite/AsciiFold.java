package org.standfirst.render.cite;

import java.text.Normalizer;
import java.util.Locale;

/** Lowercase ASCII letters of a text, for BibTeX keys that every BibTeX and biber accept. */
final class AsciiFold {
    private AsciiFold() {
    }

    /** "Müller" → "muller", "Øvergaard" → "overgaard", "van Beethoven" → "vanbeethoven", "علی" → "". */
    static String letters(String text) {
        return fold(text).replaceAll("[^a-z]", "");
    }

    /** Like {@link #letters} but keeps digits and single hyphens between words: for slugs. */
    static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String fold(String text) {
        // Letters that do not decompose into a base letter plus accents.
        String spelled = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe")
                .replace("Œ", "Oe").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("þ", "th").replace("Þ", "Th").replace("ı", "i");
        return Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
