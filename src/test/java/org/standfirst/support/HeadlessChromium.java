package org.standfirst.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, for the browser tests. Locally a missing
 * browser or axe-core is a reason to skip; in CI ({@code CI=true}) it fails, since {@code .ci/run}
 * installs them.
 */
public final class HeadlessChromium {
    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    public static final Path AXE = TestSite.REPO.resolve(System.getProperty("axe.path",
            ".tools/node_modules/axe-core/axe.min.js"));

    private HeadlessChromium() {
    }

    /**
     * Why the browser cannot run here, or null. A test class keeps it and skips each test with it in
     * {@code @BeforeEach}: an abort in {@code @BeforeAll} would make the class vanish from the report.
     */
    public static String missing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return null;
        String reason = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install Debian's chromium and chromium-driver, as .ci/run does";
        if (inCi()) throw new AssertionError(reason);
        return reason;
    }

    /** Why axe-core cannot run here, or null; in CI its absence fails, as the browser's does. */
    public static String missingAxe() {
        if (Files.isRegularFile(AXE)) return null;
        String reason = "axe-core is missing at " + AXE + ": run `npm install --no-save --prefix .tools axe-core@4` "
                + "(as .ci/run does)";
        if (inCi()) throw new AssertionError(reason);
        return reason;
    }

    /** A browser at 1280×900 with a profile of its own in {@code profile}, which must not exist yet. */
    public static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectory(profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }
}
