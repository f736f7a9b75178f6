package org.standfirst.render.view;

import org.standfirst.model.Params;

/**
 * An author at the end of an article; {@code bioHtml} is the first paragraph of the profile ("" if
 * none), {@code photo} the profile's photo, or null; {@code params} the profile's values of its own.
 */
public record AuthorCard(String name, String url, String role, String bioHtml, boolean hasProfile, ImageView photo,
                         Params params) {
}
