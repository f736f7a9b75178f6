package org.standfirst.search;

import com.sun.net.httpserver.HttpServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.standfirst.support.HeadlessChromium;
import org.standfirst.support.StaticSite;

/**
 * Not a test (Surefire runs only *Test classes): how soon a reader sees results on a built site's search
 * page, served over loopback HTTP to headless Chromium. Each round opens {@code search/?q=WORD} in a new
 * browser with an empty cache and times the first results from the start of navigation; then it types
 * the letters of {@code MORE} one at a time, as a reader would, and times each from the key to the new
 * results (search.js searches at once when the parts the query needs are loaded, else it waits 60 ms for the next key: that wait is included).
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.standfirst.search.SearchLatencyBenchmark SITE_OUTPUT [WORD] [MORE] [ROUNDS]
 * </pre>
 */
public final class SearchLatencyBenchmark {
    /** Notes, from the start of the document, when the results list last changed. */
    private static final String OBSERVER = """
            window.__results = {changes: 0, last: 0};
            document.addEventListener('DOMContentLoaded', function () {
              var list = document.querySelector('[data-search-results]');
              new MutationObserver(function () {
                window.__results.changes++;
                window.__results.last = performance.now();
              }).observe(list, {childList: true, subtree: true, characterData: true});
            });
            """;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        String word = args.length > 1 ? args[1] : "security";
        String more = args.length > 2 ? args[2] : " council";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String missing = HeadlessChromium.missing();
        if (missing != null) throw new IllegalStateException(missing);
        HttpServer server = StaticSite.serve(site, "/");
        String page = StaticSite.url(server, "/") + "search/?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        List<Double> first = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        Path profiles = Files.createTempDirectory("standfirst-search-latency");
        try {
            for (int round = 1; round <= rounds; round++) {
                ChromeDriver browser = HeadlessChromium.start(profiles.resolve("round-" + round));
                try {
                    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
                    browser.get(page);
                    first.add(settled(browser, 0));
                    for (char key : more.toCharArray()) {
                        double pressed = ((Number) browser.executeScript("""
                                var input = document.querySelector('#search-q');
                                input.value += arguments[0];
                                var now = performance.now();
                                input.dispatchEvent(new Event('input', {bubbles: true}));
                                return now;""", String.valueOf(key))).doubleValue();
                        keys.add(settled(browser, pressed) - pressed);
                    }
                } finally {
                    browser.quit();
                }
            }
        } finally {
            server.stop(0);
        }
        System.out.printf("%s: first results after %s ms (median %.0f)%n", page, rounded(first), median(first));
        System.out.printf("each further key (%d): median %.0f ms, worst %.0f ms%n",
                keys.size(), median(keys), Collections.max(keys));
    }

    /** When the results list last changed after {@code after}, once it has been still for 300 ms. */
    private static double settled(ChromeDriver browser, double after) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        double last = -1;
        long stillSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            Object seen = browser.executeScript("return window.__results ? window.__results.last : 0;");
            double now = seen == null ? 0 : ((Number) seen).doubleValue();
            if (now != last) {
                last = now;
                stillSince = System.nanoTime();
            } else if (last > after && System.nanoTime() - stillSince > 300_000_000L) {
                return last;
            }
        }
        throw new IllegalStateException("no results within 30 s");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
