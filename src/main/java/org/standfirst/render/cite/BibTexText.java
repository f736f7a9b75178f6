package org.standfirst.render.cite;

/** Makes text safe inside a braced BibTeX value while keeping UTF-8 letters as they are. */
final class BibTexText {
    private BibTexText() {
    }

    /**
     * Escapes the characters LaTeX treats specially, in one pass so the braces of {@code \textbackslash{}}
     * are not escaped again, and puts line breaks and runs of spaces on one line: a blank line inside a
     * value would be a paragraph break in LaTeX.
     */
    static String escape(String text) {
        String flat = oneLine(text);
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A URL for the url field and the LaTeX url macro, which read their argument verbatim: an escape would
     * end up in the link. Only characters that cannot stand in a braced value are percent-encoded, which
     * leaves the URL meaning the same.
     */
    static String url(String url) {
        return oneLine(url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }

    static String oneLine(String text) {
        return Spaces.collapse(text);
    }
}
