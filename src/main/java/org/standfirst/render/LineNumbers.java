package org.standfirst.render;

import java.util.Arrays;

/**
 * The 0-based line of an offset in a text, as flexmark counts lines (a line ends after {@code \r\n},
 * {@code \r} or {@code \n}). flexmark's {@code Node.getStartLineNumber()} counts from the start of
 * the document on every call, which made checking a body's links quadratic in its length. This
 * finds where lines start once, then answers by binary search.
 */
final class LineNumbers {
    private final CharSequence text;
    private int[] starts; // where each line after the first starts; found on first use

    LineNumbers(CharSequence text) {
        this.text = text;
    }

    int of(int offset) {
        if (starts == null) starts = starts(text);
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1; // the lines starting at or before offset
    }

    private static int[] starts(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
