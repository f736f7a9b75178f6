package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.PageReuse;
import org.standfirst.render.PageSink;
import org.standfirst.support.HeadlessChromium;
import org.standfirst.support.StaticSite;
import org.standfirst.support.TestSite;

/**
 * The search page in headless Chromium, opened from disk (file://) and from a sub-path over HTTP, with
 * one browser for the whole class. Its answers are checked against a plain scan in Java. Skipped with
 * a message when Chromium or axe-core is missing locally; in CI (CI=true) a missing browser fails.
 */
class SearchBrowserTest {

    @TempDir
    static Path dir;
    static TestSite site;
    static BruteForce scan;
    static ChromeDriver browser;
    /** Why the browser cannot run here, or null. */
    private static String noBrowser;
    static HttpServer server;
    /** The built site with its index in tiny parts (see {@link #smallParts}). */
    private static Path smallParts;

    @BeforeAll
    static void start() throws Exception {
        noBrowser = HeadlessChromium.missing();
        if (noBrowser != null) return;
        site = TestSite.in(dir.resolve("site"));
        SearchIndexTest.fixtureWithCjk(site);
        Site built = SearchIndexTest.build(site, false);
        scan = new BruteForce(built);
        smallParts = smallParts(built);
        browser = HeadlessChromium.start(dir.resolve("profile"));
    }

    /**
     * The same site with its index made again in tiny parts, so that words share parts with few others
     * and most stems' positions have parts of their own, as in a large archive.
     */
    private static Path smallParts(Site built) throws IOException {
        Path copy = dir.resolve("small-parts");
        TestSite.copyTree(site.output(), copy);
        try (Stream<Path> parts = Files.walk(copy.resolve("search"))) {
            for (Path part : parts.filter(path -> path.toString().endsWith(".js")).toList()) Files.delete(part);
        }
        PageSink disk = new PageSink() {
            @Override
            public void page(String sitePath, String html) {
                throw new AssertionError(sitePath);
            }

            @Override
            public void copy(String sitePath, Path source) {
                throw new AssertionError(sitePath);
            }

            @Override
            public void file(String sitePath, byte[] bytes) {
                try {
                    Files.createDirectories(copy.resolve(sitePath).getParent());
                    Files.write(copy.resolve(sitePath), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        new SearchIndex(built, SearchMemo.NONE, new Problems(), 300, 40).write(disk, dir.resolve("scratch"), PageReuse.NONE);
        return copy;
    }

    /** Skips each test, with the reason, where the browser cannot run (see {@link HeadlessChromium#missing}). */
    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(noBrowser == null, noBrowser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop(0);
    }

    private static String page(String query) {
        return site.output().resolve("search/index.html").toUri() + query;
    }

    @Test
    void typingShowsResultsWithMarkedWordsFromDisk() {
        browser.get(page(""));
        WebElement field = browser.findElement(By.id("search-q"));
        field.sendKeys("sanct");
        waitFor("results for the prefix", () -> results() > 0);
        assertThat(results()).isEqualTo(scan.answer("sanct", Map.of()).docs().size());
        assertThat(browser.findElements(By.cssSelector(".search-result mark"))).isNotEmpty()
                .allMatch(mark -> Query.tokens(mark.getText()).get(0).startsWith("sanct"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).matches("\\d+ results? for “sanct”.*");
        assertThat(browser.getCurrentUrl()).contains("q=sanct");
        // A result leads to its piece, from disk.
        browser.findElement(By.cssSelector(".search-result h2 a")).click();
        waitFor("the piece", () -> browser.getCurrentUrl().endsWith("/index.html") && !browser.getCurrentUrl().contains("search"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void facetsNarrowTheResultsAndTheirCountsChange() {
        browser.get(page("?q=iran"));
        waitFor("results", () -> results() > 0);
        int all = results();
        WebElement gulf = browser.findElement(By.cssSelector("input[name=region][value=gulf]"));
        int gulfCount = count(gulf);
        String authorCounts = facetText("author");
        gulf.click();
        waitFor("the region filter", () -> results() == gulfCount);
        assertThat(gulfCount).isLessThan(all);
        assertThat(browser.getCurrentUrl()).contains("region=gulf");
        assertThat(facetText("author")).as("the other facets count only the filtered pieces").isNotEqualTo(authorCounts);
        Answer expected = scan.answer("iran", Map.of("region", List.of("gulf")));
        assertThat(results()).isEqualTo(expected.docs().size());
    }

    @Test
    void theUrlOpensTheSameStateAndBackAndForwardWork() {
        String query = "?q=" + URLEncoder.encode("\"oil\" gulf", StandardCharsets.UTF_8) + "&type=commentary&sort=date";
        browser.get(page(query));
        waitFor("results", () -> root().getAttribute("data-results") != null);
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("\"oil\" gulf");
        assertThat(browser.findElement(By.cssSelector("input[name=type][value=commentary]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("search-sort")).getAttribute("value")).isEqualTo("date");
        int before = results();
        assertThat(before).isEqualTo(scan.answer("\"oil\" gulf", Map.of("type", List.of("commentary"))).docs().size());
        browser.findElement(By.cssSelector("input[name=type][value=commentary]")).click();
        waitFor("the filter removed", () -> !browser.getCurrentUrl().contains("type=commentary"));
        browser.navigate().back();
        waitFor("the filter back", () -> browser.getCurrentUrl().contains("type=commentary")
                && browser.findElement(By.cssSelector("input[name=type][value=commentary]")).isSelected());
        waitFor("the same results", () -> results() == before);
        browser.navigate().forward();
        waitFor("the filter gone again", () -> !browser.findElement(By.cssSelector("input[name=type][value=commentary]")).isSelected());
    }

    @Test
    void worksUnderASubPathOverHttp() throws IOException {
        server = StaticSite.serve(site.output(), "/think-tank/");
        String base = StaticSite.url(server, "/think-tank/");
        browser.get(base + "regions/");
        WebElement header = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        header.sendKeys("yemen", Keys.ENTER);
        waitFor("the search page's results", () -> browser.getCurrentUrl().contains("/think-tank/search/")
                && results() > 0);
        assertThat(results()).isEqualTo(scan.answer("yemen", Map.of()).docs().size());
        String href = browser.findElement(By.cssSelector(".search-result h2 a")).getAttribute("href");
        assertThat(href).startsWith(base).endsWith("/index.html");
    }

    @Test
    void urlTextIsShownAsTextAndBadQueriesDoNoHarm() {
        browser.get(page("?q=" + URLEncoder.encode("<script>window.pwned=1</script><img src=x onerror=window.pwned=2>",
                StandardCharsets.UTF_8)));
        waitFor("an answer", () -> root().getAttribute("data-results") != null);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("<script>");
        assertThat(browser.findElements(By.cssSelector("main img, main script:not([src])"))).isEmpty();

        String thousand = String.join(" ", java.util.Collections.nCopies(1000, "the"));
        assertThat(find(thousand, Map.of()).docs()).as("a word in every piece, a thousand times")
                .hasSize(scan.pieces.size());
        assertThat(find("zzqqxx", Map.of()).docs()).isEmpty();
        assertThat(find("-the", Map.of()).docs()).isEmpty();
    }

    @Test
    void theBrowserFindsExactlyWhatAPlainScanFinds() {
        // An index in tiny parts: words share parts with few others, and stems have positions parts of their own.
        browser.get(smallParts.resolve("search/index.html").toUri().toString());
        try (Stream<Path> own = Files.walk(smallParts.resolve("search/x"))) {
            assertThat(own.filter(path -> path.getParent().getParent().endsWith("x")).count())
                    .as("stems with positions parts of their own").isGreaterThan(20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> mismatches = new ArrayList<>();
        List<String> queries = RecallQueries.of(scan, 220, new Random(2026));
        int found = 0;
        int filtered = 0;
        int phrases = 0;
        for (String query : queries) {
            Map<String, List<String>> filters = RecallQueries.filters(scan, query.hashCode());
            Answer expected = scan.answer(query, filters);
            if (!expected.docs().isEmpty()) found++;
            if (!filters.isEmpty() && !expected.docs().isEmpty()) filtered++;
            if (!Query.parse(query).phrases().isEmpty() && !expected.docs().isEmpty()) phrases++;
            Answer actual = find(query, filters);
            if (!actual.equals(expected)) mismatches.add(query + " " + filters + ": " + actual + " ≠ " + expected);
        }
        assertThat(mismatches).as("of %d queries", queries.size()).isEmpty();
        // The queries must really find things, filtered too, or agreeing would prove little.
        assertThat(found).isGreaterThan(queries.size() / 3);
        assertThat(filtered).isGreaterThan(queries.size() / 15);
        assertThat(phrases).as("phrases that find something").isGreaterThan(queries.size() / 20);
    }

    @Test
    void chineseAndJapaneseWrittenWithoutSpacesAreFoundAndMarked() {
        browser.get(page(""));
        for (String query : List.of("中国经济", "データ分析", "서울경제", "G20峰会", "供应链 -美国", "供应链 -美中", "济经")) {
            assertThat(find(query, Map.of())).as(query).isEqualTo(scan.answer(query, Map.of()));
        }
        browser.get(page("?q=" + java.net.URLEncoder.encode("中国经济", java.nio.charset.StandardCharsets.UTF_8)));
        waitFor("results", () -> results() == 1);
        List<String> marked = browser.findElements(By.cssSelector(".search-excerpt mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).as("the phrase marked where it occurs, not the sentence around it, nor its characters elsewhere")
                .isNotEmpty().containsOnly("中国经济");
    }

    @Test
    void aPhraseIsMarkedAsOneFromItsFirstWordToItsLastInAnyFormOfItsWords() {
        assertThat(marks("\"nuclear test\"")).as("each occurrence of the phrase as one mark").isNotEmpty()
                .allMatch(text -> text.equalsIgnoreCase("nuclear test"));
        // Every result's excerpt has the phrase, most of them cut from their bodies' paragraphs.
        assertThat(marks("\"security council\"")).as("Council's shares council's stem").contains("Security Council's")
                .allMatch(text -> text.matches("Security Council('s)?"));
        assertThat(marks("council sanctions")).as("a whole word in another form of its stem").contains("Council's");
        assertThat(marks("washington sought")).as("without the full stop after it").contains("sought").doesNotContain("sought.");
    }

    @Test
    void aWordFoundOnlyDeepInABodyIsMarkedInTheParagraphThatHasIt() {
        // "helicopters" is only in the tenth paragraph of the Mosul piece, far past its fragment's start.
        assertThat(marks("helicopters")).containsExactly("helicopters");
        String excerpt = browser.findElement(By.cssSelector(".search-excerpt")).getText();
        assertThat(excerpt).startsWith("… ").contains("Baghdad is pressing for faster delivery of aircraft, helicopters")
                .doesNotContain("A week ago");
        // A word of the piece's start is marked there, and its body text (document 0, the oldest) is not fetched.
        assertThat(marks("mosul")).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".search-excerpt")).getText()).startsWith("The fall of Mosul");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('script[src$=\"/e/0.js\"]').length")).isZero();
    }

    /** The texts of the marks on the results page of {@code query}. */
    private static List<String> marks(String query) {
        browser.get(page("?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        waitFor("results", () -> results() > 0);
        return browser.findElements(By.cssSelector(".search-excerpt mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theSearchPageWithResultsAndOpenFacetsHasNoAxeViolations() throws IOException {
        String noAxe = HeadlessChromium.missingAxe();
        Assumptions.assumeTrue(noAxe == null, noAxe);
        browser.get(page("?q=gulf"));
        waitFor("results", () -> results() > 0);
        assertThat(browser.findElements(By.cssSelector("details.search-facet[open]"))).isNotEmpty();
        JavascriptExecutor js = browser;
        js.executeScript(Files.readString(HeadlessChromium.AXE));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done({passes: r.passes.length, violations: r.violations.map(function (v) {
                    return v.impact + ' ' + v.id + ' (' + v.nodes.length + ' nodes): ' + v.help;
                  })});
                }, function (e) { done('axe failed: ' + e); });
                """);
        assertThat(result).isInstanceOf(Map.class);
        assertThat(((Number) ((Map<?, ?>) result).get("passes")).intValue()).isPositive();
        assertThat((List<?>) ((Map<?, ?>) result).get("violations")).isEmpty();
    }

    /** Runs StandfirstSearch.find in the page: what the page would show, as document numbers and counts. */
    @SuppressWarnings("unchecked")
    private static Answer find(String query, Map<String, List<String>> filters) {
        Object out = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                StandfirstSearch.find(arguments[0], arguments[1]).then(done, function (e) { done(String(e)); });
                """, query, filters);
        assertThat(out).as("find(%s)", query).isInstanceOf(Map.class);
        Map<String, Object> map = (Map<String, Object>) out;
        List<Integer> docs = ((List<Number>) map.get("docs")).stream().map(Number::intValue).toList();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        ((Map<String, Map<String, Number>>) map.get("counts")).forEach((facet, values) -> {
            Map<String, Integer> of = new TreeMap<>();
            values.forEach((id, n) -> of.put(id, n.intValue()));
            counts.put(facet, of);
        });
        return new Answer(docs, counts);
    }

    private static WebElement root() {
        return browser.findElement(By.cssSelector("[data-search]"));
    }

    private static int results() {
        String value = root().getAttribute("data-results");
        return value == null ? -1 : Integer.parseInt(value);
    }

    private static int count(WebElement box) {
        String text = box.findElement(By.xpath("..")).getText();
        return Integer.parseInt(text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')')));
    }

    private static String facetText(String facet) {
        return browser.findElements(By.cssSelector("input[name=" + facet + "]")).stream()
                .map(box -> box.findElement(By.xpath("..")).getText()).toList().toString();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage("waiting for " + what)
                .until((WebDriver d) -> condition.getAsBoolean());
    }
}
