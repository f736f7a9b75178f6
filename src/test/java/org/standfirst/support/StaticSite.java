package org.standfirst.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served over loopback HTTP as a static host serves it: a folder's address gives its
 * index.html, anything outside the folder or missing is a 404. For browser tests and benchmarks.
 */
public final class StaticSite {
    private static final Map<String, String> TYPES = Map.of(".html", "text/html; charset=utf-8", ".js", "text/javascript",
            ".css", "text/css", ".svg", "image/svg+xml", ".png", "image/png", ".jpg", "image/jpeg", ".xml", "application/xml");

    private StaticSite() {
    }

    /** Serves {@code folder} under {@code prefix} (such as "/" or "/think-tank/"); {@code url(server, prefix)} is its address. */
    public static HttpServer serve(Path folder, String prefix) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(prefix.length())).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** The address of what {@link #serve} serves under {@code prefix}. */
    public static String url(HttpServer server, String prefix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }
}
