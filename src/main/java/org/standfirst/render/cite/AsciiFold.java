package org.standfirst.render.cite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase ASCII letters of a text, for BibTeX keys that every BibTeX and biber accept. */
final class AsciiFold {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern END_HYPHENS = Pattern.compile("^-|-$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private AsciiFold() {
    }

    /** "Müller" → "muller", "Øvergaard" → "overgaard", "van Beethoven" → "vanbeethoven", "علی" → "". */
    static String letters(String text) {
        return NOT_LETTERS.matcher(fold(text)).replaceAll("");
    }

    /** Like {@link #letters} but keeps digits and single hyphens between words: for slugs. */
    static String slug(String text) {
        return END_HYPHENS.matcher(NOT_LETTERS_OR_DIGITS.matcher(fold(text)).replaceAll("-")).replaceAll("");
    }

    private static String fold(String text) {
        // Letters that do not decompose into a base letter plus accents.
        String spelled = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe")
                .replace("Œ", "Oe").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("þ", "th").replace("Þ", "Th").replace("ı", "i");
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
