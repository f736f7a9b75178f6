package org.standfirst.render.view;

import java.util.List;

/**
 * Numbered pages of a listing. {@code previous} and {@code next} are "" on the first and last page.
 */
public record PaginationView(int current, int total, String previous, String next, List<PageLink> pages) {

    /** One numbered page link. */
    public record PageLink(int number, String url, boolean current) {
    }
}
