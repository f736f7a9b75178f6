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
import java.util.Optional;
import java.util.function.Supplier;

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

    private final Supplier<Optional<Path>> site;
    private final Supplier<Integer> build;

    /** @param site the folder of the build being served, empty before the first good build */
    SiteHandler(Supplier<Optional<Path>> site, Supplier<Integer> build) {
        this.site = site;
        this.build = build;
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
            int servedBuild = build.get();
            Optional<Path> root = site.get();
            if (root.isEmpty()) {
                html(exchange, 404, LiveScript.inject(NO_SITE_YET.formatted(" yet: the first build failed")
                        .getBytes(StandardCharsets.UTF_8), servedBuild));
                return;
            }
            RequestPaths.Resolution resolution = RequestPaths.resolve(root.get(), exchange.getRequestURI().getRawPath());
            if (resolution instanceof RequestPaths.Resolution.Found found) {
                file(exchange, found.file(), servedBuild);
            } else if (resolution instanceof RequestPaths.Resolution.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                text(exchange, 301, "Moved to " + redirect.location());
            } else if (resolution instanceof RequestPaths.Resolution.BadRequest bad) {
                text(exchange, 400, "Bad request: " + bad.reason());
            } else {
                notFound(exchange, root.get(), servedBuild);
            }
        }
    }

    private void file(HttpExchange exchange, Path file, int servedBuild) throws IOException {
        String type = MimeTypes.of(file.getFileName().toString());
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        boolean isHtml = MimeTypes.isHtml(type);
        // HTML carries the build number in its script tag, so its tag changes with every build.
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + (isHtml ? "-b" + servedBuild : "") + "\"";
        Headers headers = exchange.getResponseHeaders();
        headers.set("ETag", etag);
        headers.set("Last-Modified", HTTP_DATE.format(modified));
        if (notModified(exchange.getRequestHeaders(), etag, modified)) {
            headers.set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        if (isHtml) {
            html(exchange, 200, LiveScript.inject(body, servedBuild));
        } else {
            send(exchange, 200, type, body);
        }
    }

    private void notFound(HttpExchange exchange, Path root, int servedBuild) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : NO_SITE_YET.formatted("").getBytes(StandardCharsets.UTF_8);
        html(exchange, 404, LiveScript.inject(body, servedBuild));
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
    private static boolean notModified(Headers request, String etag, Instant modified) {
        String match = request.getFirst("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since == null) return false;
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
