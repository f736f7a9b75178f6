package org.standfirst.model;

import java.util.Comparator;

/**
 * One thing wrong with the input, reported as {@code path:line[:column]: what is wrong — how to fix it}.
 * Line and column are 1-based; 0 means unknown.
 */
public record Problem(Severity severity, String path, int line, int column, String message, String hint)
        implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        if (severity == null || path == null || message == null) throw new IllegalArgumentException("incomplete problem");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourceLocation at, String message, String hint) {
        return new Problem(Severity.ERROR, at.path(), at.line(), 0, message, hint);
    }

    public static Problem warning(SourceLocation at, String message, String hint) {
        return new Problem(Severity.WARNING, at.path(), at.line(), 0, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form every command prints. */
    public String format() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) out.append(':').append(column);
        }
        out.append(": ");
        if (severity == Severity.WARNING) out.append("warning: ");
        out.append(message);
        if (!hint.isEmpty()) out.append(" — ").append(hint);
        return out.toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
