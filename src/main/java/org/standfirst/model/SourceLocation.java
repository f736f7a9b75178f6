package org.standfirst.model;

/** A place in the content folder: a path relative to it (always with '/') and a 1-based line. */
public record SourceLocation(String path, int line) {
    public SourceLocation {
        if (path == null) throw new IllegalArgumentException("path");
        if (line < 0) throw new IllegalArgumentException("line " + line);
    }

    public static SourceLocation file(String path) {
        return new SourceLocation(path, 0);
    }

    public SourceLocation atLine(int newLine) {
        return new SourceLocation(path, newLine);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }
}
