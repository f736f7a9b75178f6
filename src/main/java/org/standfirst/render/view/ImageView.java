package org.standfirst.render.view;

/** A lead image; {@code url} is a site path or an http(s) URL. Caption and credit may be "". */
public record ImageView(String url, String alt, String caption, String credit) {
}
