package org.standfirst.search;

/**
 * Just enough JSON for the index parts. Strings are escaped so that no content can end the script
 * element or the string it sits in: {@code <}, {@code >}, {@code &} and the line separators become
 * {@code \\u} escapes.
 */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A part file: a script that hands {@code json} to search.js under {@code name}. */
    static String part(String name, CharSequence json) {
        StringBuilder out = new StringBuilder(json.length() + name.length() + 40);
        out.append("StandfirstSearch.part(");
        string(out, name);
        return out.append(',').append(json).append(");\n").toString();
    }
}
