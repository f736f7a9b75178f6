package org.standfirst.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standfirst.support.HeadlessChromium;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/**
 * The preview in a real browser: Debian's headless Chromium, driven through its chromedriver. Opens
 * the tests' archive, edits files on disk and waits for what an editor would see. Also checks the
 * default theme with axe-core. Skipped with a message when Chromium or axe-core is missing locally;
 * in CI (CI=true) a missing browser fails, since {@code .ci/run} installs both.
 */
class ServeBrowserTest {
    private static final String MOSUL = "content/commentary/2014-06-17-mosul-and-the-hollow-army.md";
    private static final String YEMEN = "content/commentary/2015-11-12-yemen-war-gulf-problem.md";
    private static final String RED_SEA = "content/commentary/2024-02-07-red-sea-shipping-crisis.md";
    private static final String HORMUZ = "content/commentary/2019-08-12-hormuz-escorts-not-a-strategy.md";

    @TempDir
    static Path dir;
    static ServeFixture preview;
    static ChromeDriver browser;

    /** Why the browser cannot run here, or null; each test reports it as its reason for being skipped. */
    static String noBrowser;

    @BeforeAll
    static void start() throws Exception {
        noBrowser = HeadlessChromium.missing();
        if (noBrowser != null) return;
        TestSite site = TestSite.in(dir.resolve("site"));
        TestSite.copyTree(TestSite.FIXTURE_ARCHIVE, site.content());
        // Lead images, so that the featured piece, thumbnails and the article's figure are checked too.
        site.bytes("content/static/images/red-sea.jpg", TestImages.drawn(1600, 900, "jpg"))
                .bytes("content/static/images/hormuz.jpg", TestImages.drawn(1400, 788, "jpg"));
        addLeadImage(site, RED_SEA, "/images/red-sea.jpg", "Merchant ships spread across dark water.");
        addLeadImage(site, HORMUZ, "/images/hormuz.jpg", "A narrow strait between two coasts.");
        preview = ServeFixture.serve(site);

        browser = HeadlessChromium.start(dir.resolve("profile"));
    }

    /**
     * A skip decided here, for each test, is reported per test with its reason; an abort in
     * {@code @BeforeAll} would make the class vanish from the report ({@code Tests run: 0}).
     */
    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(noBrowser == null, noBrowser);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (preview != null) preview.close();
    }

    @Test
    void anEditedTitleAppearsInEveryOpenTabWithoutAManualReload() throws Exception {
        browser.get(preview.url("/commentary/mosul-and-the-hollow-army/").toString());
        String articleTab = browser.getWindowHandle();
        assertThat(heading()).isEqualTo("Mosul and the Hollow Army: Why Iraq's Forces Collapsed");
        browser.switchTo().newWindow(WindowType.TAB).get(preview.url("/regions/iraq/").toString());
        String regionTab = browser.getWindowHandle();
        // A page the edit does not change: it must stay as it is, not reload.
        browser.switchTo().newWindow(WindowType.TAB).get(preview.url("/authors/amira-haddad/").toString());
        String authorTab = browser.getWindowHandle();
        markUnreloaded();
        waitFor(Duration.ofSeconds(10), "the tabs to listen for rebuilds", () -> preview.server.openPages() >= 1);

        int rebuilds = preview.builds.size() + 1;
        long saved = System.nanoTime();
        editTitle(MOSUL, "Mosul, Ten Years On");
        browser.switchTo().window(articleTab);
        waitFor(Duration.ofSeconds(30), "the article tab to show the new title", () -> heading().equals("Mosul, Ten Years On"));
        long millis = (System.nanoTime() - saved) / 1_000_000;
        System.out.println("edit → new title in the browser (tests' archive): " + millis + " ms");
        // Shown by the quick look; the rebuild after it writes the same page, which then stays as it is.
        markUnreloaded();
        waitForRebuild(rebuilds);
        assertThat(unreloaded()).as("the article tab reloaded again for a page that had not changed").isTrue();

        browser.switchTo().window(regionTab);
        waitFor(Duration.ofSeconds(30), "the region tab to list the new title",
                () -> browser.findElement(By.tagName("main")).getText().contains("Mosul, Ten Years On"));
        browser.close();
        browser.switchTo().window(authorTab);
        waitForRebuild(rebuilds);
        assertThat(unreloaded()).as("the author tab reloaded, though its page did not change").isTrue();
        browser.close();
        browser.switchTo().window(articleTab);
    }

    /** Marks the current tab's page; a reload loses the mark. */
    private static void markUnreloaded() {
        ((JavascriptExecutor) browser).executeScript("window.standfirstTestMark = true;");
    }

    private static boolean unreloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.standfirstTestMark === true;"));
    }

    /**
     * Waits until the preview has ended {@code builds} builds and the current tab is current with the
     * latest (its script says which build it shows).
     */
    private static void waitForRebuild(int builds) {
        waitFor(Duration.ofSeconds(30), "the tab to be current with the latest rebuild", () -> {
            if (preview.builds.size() < builds) return false;
            String latest = String.valueOf(preview.builds.get(preview.builds.size() - 1).build());
            try {
                return latest.equals(((JavascriptExecutor) browser).executeScript(
                        "var s = document.querySelector('script[data-build]'); return s && s.getAttribute('data-build');"));
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
    }

    @Test
    void aBrokenPieceShowsTheProblemOverTheLastGoodPageUntilItIsFixed() throws Exception {
        browser.get(preview.url("/commentary/yemen-war-gulf-problem/").toString());
        String title = heading();
        Path file = preview.site.root().resolve(YEMEN);
        String good = Files.readString(file);
        Files.writeString(file, good.replaceFirst("(?m)^date: .*$", "date: 2015-13-45"));
        String expected = preview.site.run("check").problems().get(0);

        waitFor(Duration.ofSeconds(30), "the overlay", () -> !overlays().isEmpty());
        String overlay = overlays().get(0).getText();
        assertThat(overlay).contains(expected).contains("last good build");
        assertThat(expected).startsWith("commentary/2015-11-12-yemen-war-gulf-problem.md:3: `date: 2015-13-45` is not a real date");
        assertThat(heading()).isEqualTo(title);

        Files.writeString(file, good.replaceFirst("(?m)^title: .*$", "title: Yemen, Fixed"));
        waitFor(Duration.ofSeconds(30), "the fixed page without the overlay",
                () -> heading().equals("Yemen, Fixed") && overlays().isEmpty());
    }

    /** A page of every kind, with the kind its body says it is (so a wrong address cannot pass as a 404). */
    private static final Map<String, String> PAGE_KINDS = pageKinds();

    private static Map<String, String> pageKinds() {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("/", "home");
        kinds.put("/commentary/hormuz-escorts-not-a-strategy/", "article");
        kinds.put("/regions/gulf/", "region");
        kinds.put("/regions/", "regions");
        kinds.put("/authors/amira-haddad/", "author");
        kinds.put("/authors/", "authors");
        kinds.put("/topics/maritime-security/", "topic");
        kinds.put("/topics/", "topics");
        kinds.put("/commentary/", "type");
        kinds.put("/archive/", "archive");
        kinds.put("/archive/2019/", "year");
        kinds.put("/no-such-page/", "404");
        kinds.put("/search/?q=gulf", "search");
        return kinds;
    }

    /** A phone (390 CSS pixels, as an iPhone 12 to 15) and a laptop. */
    private static final int[] WIDTHS = {390, 1280};

    @Test
    void theDefaultThemeHasNoAxeViolationsOnAnyPageKindOnAPhoneOrALaptop() throws Exception {
        String noAxe = HeadlessChromium.missingAxe();
        Assumptions.assumeTrue(noAxe == null, noAxe);
        String axe = Files.readString(HeadlessChromium.AXE);
        List<String> report = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        try {
            for (int width : WIDTHS) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                        "deviceScaleFactor", width < 600 ? 3 : 1, "mobile", width < 600));
                for (Map.Entry<String, String> kind : PAGE_KINDS.entrySet()) {
                    String path = kind.getKey();
                    String at = width + " px " + path;
                    browser.get(preview.url(path).toString());
                    JavascriptExecutor js = browser;
                    assertThat(js.executeScript("return document.body.className")).as("page kind at %s", at)
                            .isEqualTo("page-" + kind.getValue());
                    if (kind.getValue().equals("search")) {
                        waitFor(Duration.ofSeconds(20), "search results at " + at,
                                () -> browser.findElements(By.cssSelector("[data-search-results] li")).size() > 0);
                    }
                    Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
                    if (scrollWidth.intValue() > width) overflowing.add(at + ": " + scrollWidth + " px wide");
                    js.executeScript(axe);
                    Object result = js.executeAsyncScript("""
                            var done = arguments[arguments.length - 1];
                            axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                              done({passes: r.passes.length, violations: r.violations.map(function (v) {
                                return {id: v.id, impact: v.impact || 'unknown', help: v.help, nodes: v.nodes.length,
                                        first: v.nodes.length ? v.nodes[0].target.join(' ') : ''};
                              })});
                            }, function (e) { done('axe failed: ' + e); });
                            """);
                    assertThat(result).as("axe result at %s", at).isInstanceOf(Map.class);
                    // Rules that passed prove axe really looked at the page.
                    assertThat(((Number) ((Map<?, ?>) result).get("passes")).intValue()).as("axe passes at %s", at).isPositive();
                    for (Object item : (List<?>) ((Map<?, ?>) result).get("violations")) {
                        Map<?, ?> v = (Map<?, ?>) item;
                        report.add(at + ": " + v.get("impact") + " " + v.get("id") + " (" + v.get("nodes") + " nodes, first "
                                + v.get("first") + ") — " + v.get("help"));
                    }
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        System.out.println("axe-core " + axeVersion() + " on " + PAGE_KINDS.size() + " page kinds at 390 and 1280 px, violations:"
                + (report.isEmpty() ? " none" : ""));
        report.forEach(line -> System.out.println("  " + line));
        assertThat(report).as("axe violations of any impact").isEmpty();
        assertThat(overflowing).as("pages wider than the screen (sideways scrolling)").isEmpty();
    }

    @Test
    void theSearchPageShowsResultsBeforeTheFiltersOnAPhoneAndNothingShiftsAsTheyArrive() {
        try {
            for (int width : WIDTHS) {
                boolean phone = width < 600;
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                        "deviceScaleFactor", phone ? 3 : 1, "mobile", phone));
                browser.get(preview.url("/search/?q=gulf").toString());
                waitFor(Duration.ofSeconds(20), "search results at " + width + " px",
                        () -> browser.findElements(By.cssSelector("[data-search-results] li")).size() > 0
                                && !browser.findElements(By.cssSelector("details.search-facet")).isEmpty());
                JavascriptExecutor js = browser;
                Number firstResult = (Number) js.executeScript(
                        "return document.querySelector('.search-result').getBoundingClientRect().top + window.scrollY");
                Number firstFacet = (Number) js.executeScript(
                        "return document.querySelector('.search-facet').getBoundingClientRect().top + window.scrollY");
                if (phone) {
                    assertThat(firstResult.doubleValue()).as("the first result is on the first screen of a phone").isLessThan(844);
                    assertThat(firstResult.doubleValue()).as("results come before the filters on a phone").isLessThan(firstFacet.doubleValue());
                } else {
                    assertThat(Math.abs(firstResult.doubleValue() - firstFacet.doubleValue()))
                            .as("filters beside the results on a laptop").isLessThan(100);
                }
                // Every layout shift since the page began to load, as Lighthouse adds them up.
                Number shift = (Number) js.executeAsyncScript("""
                        var done = arguments[arguments.length - 1], total = 0;
                        new PerformanceObserver(function (list) {
                          list.getEntries().forEach(function (e) { if (!e.hadRecentInput) total += e.value; });
                        }).observe({type: 'layout-shift', buffered: true});
                        setTimeout(function () { done(total); }, 200);
                        """);
                System.out.println("search page at " + width + " px: first result at " + firstResult + " px, first filter at "
                        + firstFacet + " px, layout shift " + shift);
                // 0 on a quiet machine (0.85 at 1280 px before the space was kept); a margin for a slow start.
                assertThat(shift.doubleValue()).as("layout shift as results arrive at %d px", width).isLessThan(0.05);
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Object axeVersion() {
        return ((JavascriptExecutor) browser).executeScript("return axe.version");
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static List<org.openqa.selenium.WebElement> overlays() {
        return browser.findElements(By.id("standfirst-overlay"));
    }

    private static void addLeadImage(TestSite site, String path, String image, String alt) throws java.io.IOException {
        Path file = site.root().resolve(path);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^date: (.*)$",
                "date: $1\nimage: " + image + "\nimage_alt: " + alt));
    }

    private static void editTitle(String path, String title) throws Exception {
        Path file = preview.site.root().resolve(path);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }

    private static void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage("waiting for " + what)
                .until((WebDriver d) -> condition.getAsBoolean());
    }

    /** Skips locally with a reason; in CI (CI=true) the same gap fails, so a green CI really ran it. */
}
