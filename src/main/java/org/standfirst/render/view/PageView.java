package org.standfirst.render.view;

import java.util.List;

/**
 * What every page knows about itself.
 *
 * @param kind home, article, region, author, topic, type, year, regions, authors, topics, archive or 404
 * @param url the page's own site path
 * @param canonical the page's absolute URL, or "" when no {@code base_url} is configured
 * @param breadcrumbs the trail from Home to the page's parent (the page itself is not included)
 * @param language the page's language (the piece's {@code lang}, else the site's); {@code direction}
 *                 is "rtl" for right-to-left languages, else "ltr"
 * @param meta Google Scholar, OpenGraph and Twitter tags (articles; empty elsewhere)
 * @param jsonLd the page's schema.org description as JSON, for a {@code <script type="application/ld+json">}
 * @param feeds Atom feeds that go with the page (the site's, and the listing's own)
 * @param section the site path of the navigation's section the page lies in ("/regions/" for a
 *                region, a type's listing for an article of that type), or "" for none
 */
public record PageView(String kind, String title, String description, String url, String canonical,
                       List<LinkView> breadcrumbs, String language, String direction, List<MetaTag> meta,
                       String jsonLd, List<LinkView> feeds, String section) {
}
