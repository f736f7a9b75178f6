package org.standfirst.importer.wxr;

/** The export cannot be read: not XML, not WXR, or unsafe. Nothing is written when this is thrown. */
public final class WxrException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String hint;

    public WxrException(int line, String message, String hint) {
        super(message);
        this.line = line;
        this.hint = hint;
    }

    public int line() {
        return line;
    }

    public String hint() {
        return hint;
    }
}
