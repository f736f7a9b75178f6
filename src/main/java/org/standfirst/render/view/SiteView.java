package org.standfirst.render.view;

import java.util.List;
import org.standfirst.model.Params;

/**
 * The site as every page sees it.
 *
 * @param sections one link per type listing (Commentary, Reports …)
 * @param regions the top-level regions, for navigation
 * @param identity logo, favicon, footer links, copyright and social profiles
 * @param params the site's values of its own, written under {@code params:} in site.yml
 * @param search whether the site has a search page (the header shows its form)
 */
public record SiteView(String title, String tagline, String language, String organisationName,
                       String organisationUrl, String newsletterUrl, String supportUrl, String baseUrl,
                       List<LinkView> sections, List<LinkView> regions, IdentityView identity, Params params,
                       boolean search) {
}
