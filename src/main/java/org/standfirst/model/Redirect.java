package org.standfirst.model;

/**
 * An old address that must keep answering: from an {@code aliases:} list or a line of redirects.csv.
 *
 * @param from the old path as written, e.g. {@code /2014/06/mosul.html} or {@code /?p=123}
 * @param to where it leads: a site path such as {@code commentary/mosul/} once assembled; in
 *           redirects.csv as read, a site path starting with '/' or a content file ({@code commentary/x.md})
 * @param source where the redirect was declared
 */
public record Redirect(String from, String to, SourceLocation source) {
}
