package org.standfirst.assemble;

/**
 * Where every generated page lives, as site paths without a leading slash. A path ending in '/'
 * is a folder whose page is its {@code index.html}.
 */
public final class SitePaths {
    public static final String REGIONS = "regions/";
    public static final String AUTHORS = "authors/";
    public static final String TOPICS = "topics/";
    public static final String ARCHIVE = "archive/";
    public static final String HOME = "";
    public static final String NOT_FOUND = "404.html";

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

    /** The file a site path is written to. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
