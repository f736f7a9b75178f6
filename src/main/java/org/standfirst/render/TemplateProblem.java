package org.standfirst.render;

/** A template that failed to compile or render; {@code line} is 0 when Pebble did not say. */
public final class TemplateProblem extends RuntimeException {
    private final String template;
    private final int line;

    TemplateProblem(String template, int line, String message) {
        super(message, null, false, false);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }
}
