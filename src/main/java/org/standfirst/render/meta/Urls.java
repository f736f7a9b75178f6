package org.standfirst.render.meta;

import java.net.URI;
import java.net.URISyntaxException;

/** Absolute URLs from site paths, when the site's public address is known. */
public record Urls(String baseUrl) {

    public boolean known() {
        return !baseUrl.isEmpty();
    }

    /** The absolute URL of a site path ("regions/iraq/" or "/regions/iraq/"), or "" without a base URL. */
    public String absolute(String sitePath) {
        if (sitePath.startsWith("http://") || sitePath.startsWith("https://")) return sitePath;
        if (!known()) return "";
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        try {
            return baseUrl + new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(sitePath, e);
        }
    }

    /** A file named relative to a piece's page (its image, its PDF) as an absolute URL. */
    public String besidePage(String piecePath, String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("/")) return absolute(path);
        return absolute(piecePath + path);
    }
}
