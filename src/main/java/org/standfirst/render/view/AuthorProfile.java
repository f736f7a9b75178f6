package org.standfirst.render.view;

/**
 * An author page's profile. {@code photo} is a site path or URL, or "" (the theme then shows
 * {@code initials}); {@code bioHtml} is the full bio.
 */
public record AuthorProfile(String name, String role, String photo, String initials, String bioHtml,
                            boolean hasProfile) {
}
