package org.standfirst.render.view;

/** A named link. */
public record LinkView(String name, String url) {
}
