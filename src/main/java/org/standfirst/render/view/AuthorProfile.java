package org.standfirst.render.view;

import org.standfirst.model.Params;

/**
 * An author page's profile. {@code photo} is a site path or URL, or "" (the theme then shows
 * {@code initials}); {@code image} is the photo with its scaled copies, or null; {@code bioHtml} is
 * the full bio; {@code params} the profile's values of its own.
 */
public record AuthorProfile(String name, String role, String photo, ImageView image, String initials, String bioHtml,
                            boolean hasProfile, Params params) {
}
