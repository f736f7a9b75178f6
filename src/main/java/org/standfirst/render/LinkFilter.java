package org.standfirst.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.standfirst.render.view.PageView;

/**
 * The {@code link} filter: turns a site path ({@code /regions/iraq/}) into the shortest link from
 * the page being rendered ({@code ../../regions/iraq/index.html}), so the site works opened from
 * disk, at a domain root and under a sub-path alike. Folder links name their {@code index.html}
 * because browsers don't look for it on {@code file:} URLs. Other values (http URLs, fragments)
 * pass through. On pages served at any address (the 404 page) {@code root} is an absolute path
 * and links start from it instead.
 */
final class LinkFilter implements Filter {
    static final String ROOT_VARIABLE = "root";

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        if (input == null) return null;
        String root = String.valueOf(context.getVariable(ROOT_VARIABLE));
        String from = context.getVariable("page") instanceof PageView page ? page.url() : "/";
        return relative(input.toString(), from, root);
    }

    /**
     * @param url the link target: a site path starting with '/', or anything else (left alone)
     * @param from the current page's site path
     * @param root "" normally; an absolute path such as "/archive/" when links must not be relative
     */
    static String relative(String url, String from, String root) {
        if (!url.startsWith("/") || url.startsWith("//")) return url;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String target = file(hash < 0 ? url : url.substring(0, hash));
        if (root.startsWith("/")) return root + encode(target) + fragment;
        String[] fromDirs = dirs(file(from));
        String[] targetParts = target.split("/", -1);
        int common = 0;
        while (common < fromDirs.length && common < targetParts.length - 1
                && fromDirs[common].equals(targetParts[common])) common++;
        StringBuilder out = new StringBuilder("../".repeat(fromDirs.length - common));
        for (int i = common; i < targetParts.length; i++) {
            out.append(targetParts[i]);
            if (i < targetParts.length - 1) out.append('/');
        }
        return encode(out.toString()) + fragment;
    }

    /** "/regions/iraq/" → "regions/iraq/index.html"; "/" → "index.html". */
    private static String file(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static String[] dirs(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? new String[0] : file.substring(0, slash).split("/");
    }

    /** Percent-encodes what a URL path cannot hold as is (spaces, non-ASCII letters …). */
    static String encode(String path) {
        if (plain(path)) return path; // nearly every site path: nothing to encode, no URI to parse
        return encodeWithUri(path);
    }

    /** ASCII characters a URI path holds as they are ("-_.!~*'()", ";&=+$,", '/' and '@'); not ':', which a URI may read as a scheme. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) PLAIN[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) PLAIN[c] = true;
        for (char c = '0'; c <= '9'; c++) PLAIN[c] = true;
        for (char c : "-_.!~*'();&=+$,/@".toCharArray()) PLAIN[c] = true;
    }

    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 128 || !PLAIN[c]) return false;
        }
        return true;
    }

    /** What {@link #encode} does for every path; it takes the short way only where the answer is the same. */
    static String encodeWithUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot encode " + path, e);
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
