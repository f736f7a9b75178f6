package org.standfirst.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe identifiers made from names. Latin letters lose their accents ("Zoë" → "zoe"); letters of
 * other scripts are kept as they are, so Arabic, Persian, Russian or Chinese names give readable URLs.
 */
public final class Slug {
    private Slug() {
    }

    /** The slug of a name, or "" when the name has no letters or digits at all. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        Character.UnicodeScript previousScript = null;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int category = Character.getType(cp);
            if (category == Character.NON_SPACING_MARK || category == Character.COMBINING_SPACING_MARK
                    || category == Character.ENCLOSING_MARK) {
                // Accents on Latin letters go; vowel signs in other scripts are part of the word.
                if (previousScript != Character.UnicodeScript.LATIN && out.length() > 0) out.appendCodePoint(cp);
                continue;
            }
            if (cp == '\'' || cp == '’') continue; // "O'Neill" → "oneill", not "o-neill"
            if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && out.length() > 0) out.append('-');
                pendingHyphen = false;
                out.appendCodePoint(Character.toLowerCase(cp));
                previousScript = Character.UnicodeScript.of(cp);
            } else {
                pendingHyphen = true;
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** True when the text is already a slug: what {@link #of} would leave unchanged. */
    public static boolean isSlug(String text) {
        return !text.isEmpty() && of(text).equals(text);
    }
}
