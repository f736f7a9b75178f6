package org.standfirst.validate;

/** Counts the words of a Markdown body for its reading time; markup symbols are not words. */
final class WordCount {
    /** For ASCII, which is most of a body: 1 for a letter or digit, 2 for white space (as {@link Character} says), else 0. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : Character.isWhitespace(c) ? 2 : 0);
        }
    }

    private WordCount() {
    }

    static int of(String markdown) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); ) {
            char c = markdown.charAt(i);
            int kind;
            if (c < 128) {
                kind = ASCII[c];
                i++;
            } else {
                int cp = markdown.codePointAt(i);
                i += Character.charCount(cp);
                kind = Character.isLetterOrDigit(cp) ? 1 : Character.isWhitespace(cp) ? 2 : 0;
            }
            if (kind == 1) {
                if (!inWord) words++;
                inWord = true;
            } else if (kind == 2) {
                inWord = false;
            }
        }
        return words;
    }
}
