package org.standfirst.importer;

/** A problem that stops an import before anything is written, reported as {@code path:line: what — how to fix}. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final int line;
    private final String hint;

    public ImportException(String path, int line, String message, String hint) {
        super(message);
        this.path = path;
        this.line = line;
        this.hint = hint;
    }

    /** The one-line form every command prints. */
    public String format() {
        return path + (line > 0 ? ":" + line : "") + ": " + getMessage() + (hint.isEmpty() ? "" : " — " + hint);
    }
}
