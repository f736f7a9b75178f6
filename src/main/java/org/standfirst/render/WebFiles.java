package org.standfirst.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.standfirst.assemble.Pagination;
import org.standfirst.assemble.SiteInventory;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Redirect;
import org.standfirst.model.Site;

/**
 * The files a site needs besides its pages: Atom feeds, the sitemap and robots.txt (all three need
 * {@code base_url}, since they must hold absolute URLs), redirect pages for old addresses and the
 * hosts' redirect file.
 */
final class WebFiles {
    private final Site site;
    private final PageSink sink;
    private final PageReuse reuse;

    WebFiles(Site site, PageSink sink, PageReuse reuse) {
        this.site = site;
        this.sink = sink;
        this.reuse = reuse;
    }

    /** The pieces whose bodies the feeds need: the newest {@link AtomFeed#ENTRIES} of every feed. */
    static boolean[] piecesInFeeds(Site site) {
        boolean[] needed = new boolean[site.pieces().size()];
        if (site.config().baseUrl().isEmpty()) return needed;
        for (int i = 0; i < Math.min(AtomFeed.ENTRIES, needed.length); i++) needed[i] = true;
        for (Listing listing : feedListings(site)) {
            listing.pieces().stream().limit(AtomFeed.ENTRIES).forEach(p -> needed[p.index()] = true);
        }
        return needed;
    }

    private static List<Listing> feedListings(Site site) {
        List<Listing> out = new ArrayList<>();
        for (List<Listing> group : List.of(site.typeListings(), site.regionListings(), site.authorListings(),
                site.topicListings())) {
            out.addAll(group);
        }
        return out;
    }

    void writeAll(IntFunction<String> bodies) {
        Set<String> statics = SiteInventory.staticPaths(site);
        redirects(statics);
        if (site.config().baseUrl().isEmpty()) return;
        AtomFeed feed = new AtomFeed(site.config(), bodies);
        if (!statics.contains(SitePaths.FEED)) feed(feed, site.config().title(), SitePaths.FEED, SitePaths.HOME, site.pieces());
        for (Listing listing : feedListings(site)) {
            String path = SitePaths.feed(listing.path());
            if (!statics.contains(path)) feed(feed, listing.name() + " — " + site.config().title(), path, listing.path(), listing.pieces());
        }
        sitemap(statics);
        if (!statics.contains(SitePaths.ROBOTS)) {
            sink.page(SitePaths.ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: " + site.config().baseUrl() + SitePaths.SITEMAP + "\n");
        }
    }

    /** Writes a feed, or keeps the previous one when its entries are unchanged. */
    private void feed(AtomFeed feed, String title, String path, String pagePath, List<Piece> pieces) {
        var input = new PageReuse.Feed(title, pagePath, pieces.subList(0, Math.min(AtomFeed.ENTRIES, pieces.size())));
        if (reuse.keep(input, List.of(path))) return;
        sink.page(path, feed.write(title, path, pagePath, pieces));
        reuse.made(input, path, List.of());
    }

    /** Writes the sitemap, or keeps the previous one when its addresses and dates are unchanged. */
    private void sitemap(Set<String> statics) {
        List<Sitemap.Url> urls = sitemapUrls();
        List<String> paths = Sitemap.paths(urls.size()).stream().filter(path -> !statics.contains(path)).toList();
        var input = new PageReuse.SitemapFiles(site.config().baseUrl(), urls);
        if (reuse.keep(input, paths)) return;
        for (Sitemap.File file : Sitemap.files(site.config().baseUrl(), urls)) {
            if (statics.contains(file.sitePath())) continue;
            sink.page(file.sitePath(), file.xml());
            reuse.made(input, file.sitePath(), List.of());
        }
    }

    private void redirects(Set<String> statics) {
        for (Redirect redirect : site.redirects()) {
            String file = SitePaths.redirectFile(redirect.from());
            if (file != null) sink.page(file, RedirectPages.page(site.config(), redirect, file, titleOf(redirect.to())));
        }
        if (!site.redirects().isEmpty() && !statics.contains(SitePaths.HOST_REDIRECTS)) {
            String basePath = site.config().baseUrl().isEmpty() ? "" : URI.create(site.config().baseUrl()).getPath();
            sink.page(SitePaths.HOST_REDIRECTS, RedirectPages.hostFile(basePath, site.redirects()));
        }
    }

    /** A name for the page an old address now leads to, for the redirect page's text. */
    private String titleOf(String path) {
        for (Piece piece : site.pieces()) if (piece.path().equals(path)) return piece.article().title();
        for (List<Listing> group : List.of(site.authorListings(), site.regionListings())) {
            for (Listing listing : group) if (listing.path().equals(path)) return listing.name();
        }
        return site.config().title();
    }

    /** Every page worth indexing, with the date its content last changed. */
    private List<Sitemap.Url> sitemapUrls() {
        List<Sitemap.Url> urls = new ArrayList<>();
        String newest = site.pieces().isEmpty() ? "" : lastmod(site.pieces());
        urls.add(new Sitemap.Url(SitePaths.HOME, newest));
        for (Piece piece : site.pieces()) urls.add(new Sitemap.Url(piece.path(), changed(piece).toString()));
        for (String index : List.of(SitePaths.REGIONS, SitePaths.AUTHORS, SitePaths.TOPICS, SitePaths.ARCHIVE)) {
            urls.add(new Sitemap.Url(index, newest));
        }
        int size = site.config().pageSize();
        for (List<Listing> group : List.of(site.typeListings(), site.regionListings(), site.authorListings(),
                site.topicListings(), site.yearListings())) {
            for (Listing listing : group) {
                int pages = Pagination.pageCount(listing.pieces().size(), size);
                for (int n = 1; n <= pages; n++) {
                    List<Piece> onPage = Pagination.page(listing.pieces(), size, n);
                    urls.add(new Sitemap.Url(SitePaths.page(listing.path(), n), onPage.isEmpty() ? "" : lastmod(onPage)));
                }
            }
        }
        return urls;
    }

    private static String lastmod(List<Piece> pieces) {
        LocalDate latest = null;
        for (Piece piece : pieces) { // a loop, not a stream: this runs for every page of the site
            LocalDate changed = changed(piece);
            if (latest == null || changed.isAfter(latest)) latest = changed;
        }
        return latest == null ? "" : latest.toString();
    }

    private static LocalDate changed(Piece piece) {
        LocalDate updated = piece.article().updated();
        return updated != null && updated.isAfter(piece.article().date()) ? updated : piece.article().date();
    }
}
