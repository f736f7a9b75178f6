package org.standfirst.render.view;

import java.util.List;

/**
 * How the site presents itself on every page.
 *
 * @param logo the logo (an SVG as it is, a raster image with its scaled copies), or null for the
 *             text wordmark
 * @param icons the favicon's links for the head, or empty
 * @param footerLinks the footer's own links (contact, privacy …)
 * @param copyright the copyright line, never empty
 * @param social the organisation's profiles, named by their platform ("X", "LinkedIn")
 */
public record IdentityView(ImageView logo, List<Icon> icons, List<LinkView> footerLinks, String copyright,
                           List<LinkView> social) {
    public IdentityView {
        icons = List.copyOf(icons);
        footerLinks = List.copyOf(footerLinks);
        social = List.copyOf(social);
    }

    /** A {@code <link rel="icon">} (or apple-touch-icon); {@code sizes} and {@code type} may be "". */
    public record Icon(String rel, String type, String sizes, String url) {
    }
}
