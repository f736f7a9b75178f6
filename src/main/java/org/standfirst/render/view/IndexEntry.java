package org.standfirst.render.view;

import java.util.List;

/**
 * A line of an index page (/regions/, /authors/, /topics/, /archive/).
 *
 * @param note a role for authors, a description for regions, "" otherwise
 * @param children sub-regions on /regions/, empty elsewhere
 */
public record IndexEntry(String name, String url, String note, int count, List<IndexEntry> children) {
}
