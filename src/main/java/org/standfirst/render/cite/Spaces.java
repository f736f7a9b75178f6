package org.standfirst.render.cite;

import java.util.regex.Pattern;

/** Text on one line with single spaces, as names and reference fields are compared and written. */
final class Spaces {
    private static final Pattern RUNS = Pattern.compile("\\s+");
    /** Runs of white space or full stops, where given names split into initials. */
    static final Pattern SPACES_OR_STOPS = Pattern.compile("[\\s.]+");

    private Spaces() {
    }

    /**
     * {@code text} stripped, every run of white space ({@code \s}: space, tab, line breaks, form feed)
     * made one space. Most values have nothing to change and are returned without a regular expression.
     */
    static String collapse(String text) {
        String stripped = text.strip();
        return needsCollapsing(stripped) ? RUNS.matcher(stripped).replaceAll(" ") : stripped;
    }

    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i + 1 < text.length() && text.charAt(i + 1) == ' ') return true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
