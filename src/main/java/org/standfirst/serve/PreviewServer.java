package org.standfirst.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.standfirst.Pipeline;
import org.standfirst.incremental.IncrementalBuild;
import org.standfirst.write.SiteWriter;

/**
 * {@code standfirst serve}: builds the archive into a private temporary folder, serves it with the
 * JDK's HTTP server, rebuilds when content/ or templates/ change, and pushes each outcome to open
 * pages over Server-Sent Events. The JDK's server and WatchService are all it needs: a preview for
 * one editor serves a handful of requests per save, and pages wait for events without holding a thread.
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * What to serve and where.
     *
     * @param templatesLabel how problems name the templates folder (as the user wrote it)
     * @param quiet how long the sources must be still after a change before rebuilding
     */
    public record Settings(Path content, Path templates, String templatesLabel, InetSocketAddress address,
                           boolean drafts, boolean future, boolean strict, Duration quiet) {
    }

    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService pinger;
    private final Path work;
    private final SiteBuilds builds;
    private final ReloadHub hub;
    private final SourceWatcher watcher;
    private final URI url;

    private PreviewServer(HttpServer server, ExecutorService requests, ScheduledExecutorService pinger, Path work,
                          SiteBuilds builds, ReloadHub hub, SourceWatcher watcher, URI url) {
        this.server = server;
        this.requests = requests;
        this.pinger = pinger;
        this.work = work;
        this.builds = builds;
        this.hub = hub;
        this.watcher = watcher;
        this.url = url;
    }

    /**
     * Binds the address (port 0 picks a free one), runs the first build, and starts serving and
     * watching. {@code onBuild} hears about every build, the first included, on the building thread.
     */
    public static PreviewServer start(Settings settings, Consumer<BuildOutcome> onBuild) throws IOException {
        HttpServer server = HttpServer.create(settings.address(), 64);
        Path work = null;
        try {
            work = Files.createTempDirectory("standfirst-serve-");
            URI url = urlOf(server.getAddress());
            // The preview's own address as base URL: the 404 page's root-relative links then work here.
            Pipeline.Options options = new Pipeline.Options(settings.content(),
                    settings.templates(), settings.templatesLabel(), null, url.toString(),
                    Pipeline.selection(settings.drafts(), settings.future()), settings.strict(), message -> { },
                    work.resolve(IncrementalBuild.CACHE_FOLDER));
            SiteBuilds builds = new SiteBuilds(options, work);
            BuildOutcome first = builds.rebuild(List.of());
            ReloadHub hub = new ReloadHub(stateOf(first, builds));
            onBuild.accept(first);

            server.createContext("/", new SiteHandler(builds::served));
            server.createContext(LiveScript.EVENTS, hub);
            server.createContext(LiveScript.SCRIPT, exchange -> script(exchange, "live-reload.js"));
            server.createContext(LiveScript.WORKER, exchange -> script(exchange, "live-worker.js"));
            ExecutorService requests = Executors.newCachedThreadPool(daemon("standfirst-http"));
            server.setExecutor(requests);

            SourceWatcher watcher = new SourceWatcher(List.of(settings.content(), settings.templates()),
                    settings.quiet(), Duration.ofSeconds(1), changed -> {
                        // The edited pages first, when they can be had alone; then the whole site.
                        if (builds.quickLook(changed)) hub.publish(new ReloadHub.BuildState(builds.served(), List.of()));
                        BuildOutcome outcome = builds.rebuild(changed);
                        hub.publish(stateOf(outcome, builds));
                        onBuild.accept(outcome);
                    });
            ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(daemon("standfirst-ping"));
            pinger.scheduleWithFixedDelay(hub::ping, 15, 15, TimeUnit.SECONDS);
            server.start();
            watcher.start();
            return new PreviewServer(server, requests, pinger, work, builds, hub, watcher, url);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            if (work != null) SiteWriter.deleteTree(work);
            throw e;
        }
    }

    private static ReloadHub.BuildState stateOf(BuildOutcome outcome, SiteBuilds builds) {
        return new ReloadHub.BuildState(builds.served(), outcome.ok() ? List.of() : outcome.lines());
    }

    private static void script(HttpExchange exchange, String name) throws IOException {
        try (exchange) {
            byte[] body = LiveScript.resource(name);
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static URI urlOf(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        // A wildcard bind is reachable from this machine at its loopback address.
        String host = address.isAnyLocalAddress() ? "localhost"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return url;
    }

    /** The folder of the build being served (for tests and benchmarks). */
    Path servedFolder() {
        return builds.current().orElseThrow();
    }

    int openPages() {
        return hub.clientCount();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        pinger.shutdownNow();
        hub.close();
        server.stop(0);
        requests.shutdownNow();
        SiteWriter.deleteTree(work);
    }
}
