package org.standfirst.render.view;

import org.standfirst.model.Params;

/** An author at the end of an article; {@code bioHtml} is the first paragraph of the profile ("" if none). */
public record AuthorCard(String name, String url, String role, String bioHtml, boolean hasProfile, Params params) {
}
