package org.standfirst.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test (Surefire runs only *Test classes): measures save → rebuilt page on a real archive.
 * For each round it rewrites one article's title on disk and times (a) the first SSE event that makes
 * open pages check for changes (the quick look's, when there is one), (b) the moment the page's new
 * HTML can be fetched and (c) the end of the rebuild of the whole site. The browser's own reload adds
 * one page load on top of (b) (see ServeBrowserTest's printed figure).
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.standfirst.serve.ServeLatencyBenchmark CORPUS_DIR templates [ROUNDS]
 * </pre>
 */
public final class ServeLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path article = firstArticle(corpus);
        long started = System.nanoTime();
        java.util.concurrent.BlockingQueue<long[]> rebuilt = new java.util.concurrent.LinkedBlockingQueue<>();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(corpus.resolve("content"), templates,
                "templates", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, false, false,
                Duration.ofMillis(40)), outcome -> {
                    rebuilt.add(new long[] {System.nanoTime(), outcome.build()});
                    System.out.printf("build %d ok=%s %.0f ms%n", outcome.build(), outcome.ok(), outcome.nanos() / 1e6);
                    if (outcome.result() != null) outcome.result().stages().forEach(stage -> System.out.println("  " + stage));
                });
             EventStream events = new EventStream(server.url().resolve("/__standfirst/events"))) {
            System.out.printf("first build and start: %.2f s%n", (System.nanoTime() - started) / 1e9);
            events.next(60);
            String original = Files.readString(article);
            String page = pageOf(server, article);
            HttpClient http = HttpClient.newHttpClient();
            List<Long> toEvent = new ArrayList<>();
            List<Long> toPage = new ArrayList<>();
            List<Long> toSite = new ArrayList<>();
            rebuilt.clear();
            for (int round = 1; round <= rounds; round++) {
                String title = "Benchmark edit " + round;
                long saved = System.nanoTime();
                Files.writeString(article, original.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
                String event = events.next(600);
                toEvent.add((System.nanoTime() - saved) / 1_000_000);
                while (!http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains(title)) {
                    Thread.sleep(1);
                }
                toPage.add((System.nanoTime() - saved) / 1_000_000);
                long[] done = rebuilt.take();
                toSite.add((done[0] - saved) / 1_000_000);
                // The first event was the quick look's, when there was one: the rebuild's follows it.
                String rebuild = "{\"build\":" + done[1] + ",";
                while (!event.startsWith(rebuild)) event = events.next(600);
            }
            Files.writeString(article, original);
            System.out.println("save → reload event, ms: " + toEvent + " median " + median(toEvent));
            System.out.println("save → new page served, ms: " + toPage + " median " + median(toPage));
            System.out.println("save → whole site rebuilt, ms: " + toSite + " median " + median(toSite));
        }
    }

    /** The corpus's first article file, in path order. */
    static Path firstArticle(Path corpus) throws Exception {
        try (Stream<Path> files = Files.walk(corpus.resolve("content"))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/authors/")
                    && !p.toString().contains("/regions/")).sorted().findFirst().orElseThrow();
        }
    }

    /** The address of the article's page in the preview. */
    static String pageOf(PreviewServer server, Path article) throws Exception {
        // The slug is the file name without its date; the type is the top folder or the front matter's type.
        String name = article.getFileName().toString().replaceFirst("\\.md$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
        try (Stream<Path> pages = Files.walk(server.servedFolder())) {
            Path found = pages.filter(p -> p.endsWith(Path.of(name, "index.html"))).findFirst().orElseThrow();
            return server.url().resolve("/" + server.servedFolder().relativize(found.getParent()) + "/").toString();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
