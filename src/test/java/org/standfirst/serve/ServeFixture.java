package org.standfirst.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.standfirst.support.TestSite;

/** A preview server on a random loopback port over a small inline site, and plain HTTP helpers. */
final class ServeFixture implements AutoCloseable {
    final TestSite site;
    final PreviewServer server;
    final List<BuildOutcome> builds = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServeFixture(TestSite site, boolean drafts) throws IOException {
        this.site = site;
        this.server = PreviewServer.start(new PreviewServer.Settings(site.content(), site.root().resolve("templates"),
                "templates", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), drafts, false, false,
                Duration.ofMillis(40)), builds::add);
    }

    static ServeFixture serve(TestSite site) throws IOException {
        return new ServeFixture(site, false);
    }

    URI url(String path) {
        return server.url().resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The status of a request whose path is sent exactly as written — no client normalises away
     * {@code ..} or rejects a backslash before the server sees it.
     */
    int rawStatus(String rawPath) throws IOException {
        try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) line.append((char) c);
            String[] parts = line.toString().split(" ");
            return Integer.parseInt(parts[1]);
        }
    }

    Path served() {
        return server.servedFolder();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
