package org.standfirst.validate;

/** Counts the words of a Markdown body for its reading time; markup symbols are not words. */
final class WordCount {
    private WordCount() {
    }

    static int of(String markdown) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); ) {
            int cp = markdown.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) words++;
                inWord = true;
            } else if (Character.isWhitespace(cp)) {
                inWord = false;
            }
        }
        return words;
    }
}
