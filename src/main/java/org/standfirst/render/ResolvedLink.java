package org.standfirst.render;

/**
 * A link in a body as written, its line in the body, and what it was written as: kept with a body
 * or a page between builds, and resolved again before either is reused.
 */
public record ResolvedLink(String url, int line, String result) {
    /** Written as it was given: a link to another site, an anchor, or one left as it is. */
    public boolean unchanged() {
        return result.equals(url);
    }

    /** A link to another site, written as it is: it reports nothing and resolves the same way every time. */
    public boolean leavesTheSite() {
        return unchanged() && BodyLinks.leavesTheSite(url);
    }
}
