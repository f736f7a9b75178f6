package org.standfirst.assemble;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where every generated page lives, as site paths without a leading slash. A path ending in '/'
 * is a folder whose page is its {@code index.html}.
 */
public final class SitePaths {
    public static final String REGIONS = "regions/";
    public static final String AUTHORS = "authors/";
    public static final String TOPICS = "topics/";
    public static final String ARCHIVE = "archive/";
    /** The search page; the index parts sit beside it (see org.standfirst.search). */
    public static final String SEARCH = "search/";
    public static final String HOME = "";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** Netlify's and Cloudflare Pages' redirect file. */
    public static final String HOST_REDIRECTS = "_redirects";
    /** The protocol's limit of URLs in one sitemap file. */
    public static final int SITEMAP_LIMIT = 50_000;

    private SitePaths() {
    }

    public static String region(String id) {
        return REGIONS + id + "/";
    }

    public static String author(String id) {
        return AUTHORS + id + "/";
    }

    public static String topic(String id) {
        return TOPICS + id + "/";
    }

    public static String type(String id) {
        return id + "/";
    }

    public static String year(int year) {
        return ARCHIVE + year + "/";
    }

    /** Page {@code n} (1-based) of a listing whose first page is at {@code base}. */
    public static String page(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    /** The Atom feed of a listing (or of the whole site, for ""). */
    public static String feed(String listingPath) {
        return listingPath + FEED;
    }

    /** Part {@code n} (1-based) of a sitemap split into several files. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** The files "Cite this" offers for download beside a piece's page. */
    public static String citation(String piecePath, String slug, String extension) {
        return piecePath + slug + "." + extension;
    }

    /**
     * The file a redirect page for an old address is written to, or null when no static file can
     * answer it: addresses with a query (only the host's redirect file can match those) or with an
     * extension other than .html/.htm (a host would not serve the page as HTML).
     */
    public static String redirectFile(String oldPath) {
        if (oldPath.contains("?")) return null;
        String path = URLDecoder.decode(oldPath.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.isEmpty() || last.isEmpty() || !last.contains(".")) return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path + "/index.html";
        return last.endsWith(".html") || last.endsWith(".htm") ? path : null;
    }

    /** The file a site path is written to. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
