package org.standfirst.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.standfirst.Digests;

/**
 * Serves the current build: GET and HEAD only, the site's own 404 page for missing paths, ETag and
 * Last-Modified with conditional requests, and the live-reload script added to every HTML page.
 */
final class SiteHandler implements HttpHandler {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String NO_SITE_YET = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><main><h1>Not found</h1><p>There is no page here%s.</p></main></body></html>
            """;

    private final Supplier<SiteBuilds.Served> served;

    /** @param served what is served now: the last good build, and any quick look's pages over it */
    SiteHandler(Supplier<SiteBuilds.Served> served) {
        this.served = served;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().close();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Method not allowed: the preview serves GET and HEAD only.");
                return;
            }
            SiteBuilds.Served now = served.get();
            if (now.root() == null) {
                html(exchange, 404, LiveScript.inject(NO_SITE_YET.formatted(" yet: the first build failed")
                        .getBytes(StandardCharsets.UTF_8), now.build(), ""));
                return;
            }
            RequestPaths.Resolution resolution = RequestPaths.resolve(now.root(), exchange.getRequestURI().getRawPath());
            if (resolution instanceof RequestPaths.Resolution.Found found) {
                byte[] quick = now.quick().isEmpty() ? null : now.quick().get(sitePath(now.root(), found.file()));
                if (quick != null) content(exchange, found.file(), quick, null, now);
                else file(exchange, found.file(), now);
            } else if (resolution instanceof RequestPaths.Resolution.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                text(exchange, 301, "Moved to " + redirect.location());
            } else if (resolution instanceof RequestPaths.Resolution.BadRequest bad) {
                text(exchange, 400, "Bad request: " + bad.reason());
            } else {
                notFound(exchange, now.root(), now.build());
            }
        }
    }

    /** The file's path in the site folder, with forward slashes, as the quick look names its pages; null if unknown. */
    private static String sitePath(Path root, Path file) {
        try {
            return root.toRealPath().relativize(file).toString().replace('\\', '/');
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A file of the build. Pages are read and digested (see {@link #content}); other files, which no
     * open page asks about and which may be large (PDFs), are tagged by size and time and read only
     * when sent.
     */
    private void file(HttpExchange exchange, Path file, SiteBuilds.Served now) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        if (MimeTypes.isHtml(MimeTypes.of(file.getFileName().toString()))) {
            content(exchange, file, Files.readAllBytes(file), modified, now);
            return;
        }
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
        if (answeredNotModified(exchange, etag, modified)) return;
        send(exchange, 200, MimeTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
    }

    /**
     * Serves a page's (or a quick look's file's) bytes. The ETag is a digest of the bytes as built plus
     * the number of the last build that copied a stylesheet or an image: a page that a new build left as
     * it was, and that looks as it did, keeps its tag. An open page asks with it whether to reload (see
     * live-reload.js); a browser's reload gets a 304 only when the page it holds is still right. Weak,
     * since the script tag added to a page names the build it came from.
     *
     * @param modified when the file was written, or null for a quick look's page (held in memory)
     */
    private void content(HttpExchange exchange, Path file, byte[] body, Instant modified, SiteBuilds.Served now) throws IOException {
        String type = MimeTypes.of(file.getFileName().toString());
        String etag = "W/\"" + HexFormat.of().formatHex(Digests.sha256().digest(body), 0, 12) + "-" + now.assets() + "\"";
        if (answeredNotModified(exchange, etag, modified)) return;
        if (MimeTypes.isHtml(type)) {
            html(exchange, 200, LiveScript.inject(body, now.build(), etag));
        } else {
            send(exchange, 200, type, body);
        }
    }

    /**
     * Sets the validators ({@code modified} may be null: no Last-Modified) and answers 304 when the
     * request's copy is current; returns whether it did.
     */
    private static boolean answeredNotModified(HttpExchange exchange, String etag, Instant modified) throws IOException {
        Instant seconds = modified == null ? null : modified.truncatedTo(ChronoUnit.SECONDS);
        Headers headers = exchange.getResponseHeaders();
        headers.set("ETag", etag);
        if (seconds != null) headers.set("Last-Modified", HTTP_DATE.format(seconds));
        if (!notModified(exchange.getRequestHeaders(), etag, seconds)) return false;
        headers.set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(304, -1);
        return true;
    }

    private void notFound(HttpExchange exchange, Path root, int servedBuild) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : NO_SITE_YET.formatted("").getBytes(StandardCharsets.UTF_8);
        html(exchange, 404, LiveScript.inject(body, servedBuild, ""));
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
    private static boolean notModified(Headers request, String etag, Instant modified) {
        String match = request.getFirst("If-None-Match");
        if (match != null) {
            // The weak comparison of RFC 9110: tags match when their opaque parts do, W/ or not.
            String ours = etag.startsWith("W/") ? etag.substring(2) : etag;
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals("*") || t.equals(ours)) return true;
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since == null || modified == null) return false;
        try {
            return !modified.isAfter(Instant.from(HTTP_DATE.parse(since)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void html(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, MimeTypes.HTML, body);
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        // A preview must never show a stale page: the browser may keep a copy but must ask every time.
        if (!headers.containsKey("Cache-Control")) headers.set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
