package org.standfirst.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The preview's own script: added to HTML responses as they are served (never to the files a build
 * writes), it follows the server's build state and reloads the page or shows the problems overlay.
 */
final class LiveScript {
    /** Paths under this prefix belong to the preview server, not to the site. */
    static final String PREFIX = "/__standfirst/";
    static final String SCRIPT = PREFIX + "live-reload.js";
    static final String WORKER = PREFIX + "live-worker.js";
    static final String EVENTS = PREFIX + "events";

    private LiveScript() {
    }

    /**
     * The page with the script tag just before {@code </body>} (or at the end when there is none).
     *
     * @param build the number of what is served
     * @param etag the page's ETag as served, or "" for a page that is not a file of the site (a 404)
     */
    static byte[] inject(byte[] html, int build, String etag) {
        String page = new String(html, StandardCharsets.UTF_8);
        // Deferred: the page is shown without waiting for the preview's own script.
        String tag = "<script src=\"" + SCRIPT + "\" defer data-build=\"" + build + "\""
                + (etag.isEmpty() ? "" : " data-etag=\"" + etag.replace("\"", "&quot;") + "\"") + "></script>";
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** A resource shipped in the jar next to this class: "live-reload.js" or "live-worker.js". */
    static byte[] resource(String name) {
        try (InputStream in = LiveScript.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
