package org.standfirst.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which addresses content may use: http(s) URLs and paths that stay inside the site, nothing else. */
public final class UrlRules {
    private UrlRules() {
    }

    public static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isSiteRelative(String path) {
        return path.startsWith("/") && !path.startsWith("//") && isSafePath(path.substring(1));
    }

    /** A relative path with no scheme, no "..", no backslashes and no percent-encoded tricks. */
    public static boolean isSafePath(String path) {
        if (path.isEmpty() || path.contains("\\") || path.contains("%") || path.startsWith("/")
                || path.contains(":") || path.indexOf('\0') >= 0) return false;
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return false;
        }
        return true;
    }
}
