package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Redirect;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;

/**
 * Every file a site will hold and who puts it there: the one list both the URL-collision check and
 * the body-link check work from, so they can never disagree about what exists.
 */
public final class SiteInventory {
    private SiteInventory() {
    }

    /**
     * One output file.
     *
     * @param file the file's site path, e.g. {@code regions/iraq/index.html}
     * @param owner what puts it there, in words
     * @param source the content file responsible, or null for generated pages
     * @param derived true for files that follow from another entry (a piece's citation files):
     *                they can only collide when that entry does, so collisions are reported there
     */
    public record Entry(String file, String owner, SourceLocation source, boolean derived) {
        Entry(String file, String owner, SourceLocation source) {
            this(file, owner, source, false);
        }
    }

    public static List<Entry> of(Site site) {
        List<Entry> entries = new ArrayList<>();
        for (Piece piece : site.pieces()) {
            entries.add(new Entry(SitePaths.file(piece.path()), "the piece " + piece.article().source().path(),
                    piece.article().source().atLine(1)));
        }
        for (String page : List.of(SitePaths.HOME, SitePaths.NOT_FOUND, SitePaths.REGIONS, SitePaths.AUTHORS,
                SitePaths.TOPICS, SitePaths.ARCHIVE)) {
            entries.add(new Entry(SitePaths.file(page), page.isEmpty() ? "the home page" : "the generated page /" + page, null));
        }
        if (site.config().search()) entries.add(new Entry(SitePaths.file(SitePaths.SEARCH), "the search page", null));
        int size = site.config().pageSize();
        for (List<Listing> listings : List.of(site.regionListings(), site.authorListings(), site.topicListings(),
                site.typeListings(), site.yearListings())) {
            for (Listing listing : listings) {
                String owner = "the " + listing.kind().name().toLowerCase(Locale.ROOT) + " listing for `" + listing.name() + "`";
                int pages = Pagination.pageCount(listing.pieces().size(), size);
                for (int n = 1; n <= pages; n++) entries.add(new Entry(SitePaths.file(SitePaths.page(listing.path(), n)), owner, null));
            }
        }
        for (Site.Asset asset : site.assets()) {
            entries.add(new Entry(asset.sitePath(), "the file " + asset.source().getFileName(), null));
        }
        for (Piece piece : site.pieces()) {
            for (String extension : List.of("bib", "ris")) {
                entries.add(new Entry(SitePaths.citation(piece.path(), piece.article().slug(), extension),
                        "the citation file of " + piece.article().source().path(), null, true));
            }
        }
        for (Redirect redirect : site.redirects()) {
            String file = SitePaths.redirectFile(redirect.from());
            if (file != null) entries.add(new Entry(file, "the redirect from " + redirect.from(), redirect.source()));
        }
        Set<String> statics = staticPaths(site);
        if (!site.redirects().isEmpty() && !statics.contains(SitePaths.HOST_REDIRECTS)) {
            entries.add(new Entry(SitePaths.HOST_REDIRECTS, "the host redirect file", null));
        }
        if (!site.config().baseUrl().isEmpty()) {
            if (!statics.contains(SitePaths.FEED)) entries.add(new Entry(SitePaths.FEED, "the site feed", null));
            for (List<Listing> listings : List.of(site.regionListings(), site.authorListings(), site.topicListings(),
                    site.typeListings())) {
                for (Listing listing : listings) {
                    String feed = SitePaths.feed(listing.path());
                    if (!statics.contains(feed)) entries.add(new Entry(feed, "the feed of " + listing.name(), null));
                }
            }
            long pages = entries.stream().filter(e -> e.file().endsWith(".html") && !e.file().equals(SitePaths.NOT_FOUND)
                    && !e.owner().startsWith("the redirect")).count();
            if (!statics.contains(SitePaths.SITEMAP)) entries.add(new Entry(SitePaths.SITEMAP, "the sitemap", null));
            if (pages > SitePaths.SITEMAP_LIMIT) {
                for (int n = 1; n <= (pages + SitePaths.SITEMAP_LIMIT - 1) / SitePaths.SITEMAP_LIMIT; n++) {
                    entries.add(new Entry(SitePaths.sitemapPart(n), "the sitemap", null));
                }
            }
            if (!statics.contains(SitePaths.ROBOTS)) entries.add(new Entry(SitePaths.ROBOTS, "the generated robots.txt", null));
        }
        return entries;
    }

    /**
     * Every site path that content/static/ (and page bundles) provide: these take the place of files
     * Standfirst would generate (a feed, robots.txt …).
     */
    public static Set<String> staticPaths(Site site) {
        Set<String> out = new HashSet<>();
        for (Site.Asset asset : site.assets()) out.add(asset.sitePath());
        return out;
    }
}
