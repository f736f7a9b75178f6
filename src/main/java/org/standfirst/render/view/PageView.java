package org.standfirst.render.view;

import java.util.List;

/**
 * What every page knows about itself.
 *
 * @param kind home, article, region, author, topic, type, year, regions, authors, topics, archive or 404
 * @param url the page's own site path
 * @param canonical the page's absolute URL, or "" when no {@code base_url} is configured
 * @param breadcrumbs the trail from Home to the page's parent (the page itself is not included)
 */
public record PageView(String kind, String title, String description, String url, String canonical,
                       List<LinkView> breadcrumbs) {
}
