package org.standfirst.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds block quotes and lists nested deeper than any real piece needs. flexmark parses and renders
 * nesting recursively, so thousands of levels would overflow the stack; we refuse them up front
 * with a clear message instead.
 */
final class NestingGuard {
    /** Far beyond anything an editor writes on purpose, far below what overflows a thread's stack. */
    static final int MAX_DEPTH = 100;
    private static final Pattern CONTAINER = Pattern.compile("\\G(?:>[ \\t]?|(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+|$))");

    private NestingGuard() {
    }

    /** The 0-based line of the body where nesting first exceeds {@link #MAX_DEPTH}, or -1. */
    static int firstTooDeepLine(String body) {
        int line = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            if (depth(body, start, end) > MAX_DEPTH) return line;
            start = end + 1;
            line++;
        }
        return -1;
    }

    /** Indentation (two spaces a level) plus the container markers that open the line. */
    private static int depth(String body, int start, int end) {
        int indent = 0;
        int at = start;
        while (at < end && (body.charAt(at) == ' ' || body.charAt(at) == '\t')) {
            indent += body.charAt(at) == '\t' ? 4 : 1;
            at++;
        }
        int markers = 0;
        Matcher matcher = CONTAINER.matcher(body).region(at, end);
        while (matcher.find()) {
            markers++;
            matcher.region(matcher.end(), end);
        }
        return indent / 2 + markers;
    }
}
