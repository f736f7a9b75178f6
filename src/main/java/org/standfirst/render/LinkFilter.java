package org.standfirst.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * The {@code link} filter: turns a site path ({@code /regions/iraq/}) into a link relative to the page
 * being rendered ({@code ../../regions/iraq/index.html}), so the site works opened from disk, at a
 * domain root and under a sub-path alike. Folder links name their {@code index.html} because
 * browsers don't look for it on {@code file:} URLs. Other values (http URLs, fragments) pass through.
 */
final class LinkFilter implements Filter {
    static final String ROOT_VARIABLE = "root";

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        if (input == null) return null;
        String root = String.valueOf(context.getVariable(ROOT_VARIABLE));
        return relative(input.toString(), root);
    }

    static String relative(String url, String root) {
        if (!url.startsWith("/") || url.startsWith("//")) return url;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String path = (hash < 0 ? url : url.substring(0, hash)).substring(1);
        if (path.isEmpty() || path.endsWith("/")) path += "index.html";
        return root + encode(path) + fragment;
    }

    /** Percent-encodes what a URL path cannot hold as is (spaces, non-ASCII letters …). */
    static String encode(String path) {
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
