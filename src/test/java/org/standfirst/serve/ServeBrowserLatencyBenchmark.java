package org.standfirst.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Not a test (Surefire runs only *Test classes): save → new title on screen, in Debian's headless
 * Chromium, on a real archive. For each round it rewrites the first article's title on disk and waits
 * for the open page to show it; the time is taken from the browser's own clock (when the reloaded
 * page's DOM was ready), so how often the benchmark polls does not count.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.standfirst.serve.ServeBrowserLatencyBenchmark CORPUS_DIR templates [ROUNDS]
 * </pre>
 */
public final class ServeBrowserLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path article = ServeLatencyBenchmark.firstArticle(corpus);
        String original = Files.readString(article);
        Path profile = Files.createTempDirectory("standfirst-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(corpus.resolve("content"), templates,
                "templates", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, false, false,
                Duration.ofMillis(40)), outcome -> { })) {
            browser.get(ServeLatencyBenchmark.pageOf(server, article));
            JavascriptExecutor js = browser;
            List<Long> millis = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String title = "Browser edit " + round;
                Thread.sleep(1500); // the last round's rebuild has ended; the page is idle
                long saved = System.currentTimeMillis();
                Files.writeString(article, original.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
                long deadline = System.nanoTime() + 60_000_000_000L;
                Object ready = null;
                while (ready == null && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                    try {
                        ready = js.executeScript("var h = document.querySelector('h1');"
                                + " if (!h || h.textContent.indexOf(arguments[0]) < 0) return null;"
                                + " var n = performance.getEntriesByType('navigation')[0];"
                                + " return performance.timeOrigin + n.domContentLoadedEventEnd;", title);
                    } catch (org.openqa.selenium.WebDriverException reloading) {
                        // the page is between two documents
                    }
                }
                if (ready == null) throw new IllegalStateException("round " + round + ": the new title never appeared");
                millis.add(Math.round(((Number) ready).doubleValue()) - saved);
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.println("save → new title on screen (DOM ready) in Chromium, ms: " + millis + " median "
                    + sorted.get(sorted.size() / 2));
        } finally {
            browser.quit();
            Files.writeString(article, original);
        }
    }
}
