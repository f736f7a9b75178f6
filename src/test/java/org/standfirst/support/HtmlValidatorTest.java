package org.standfirst.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the end-to-end tests rely on must be able to fail. */
class HtmlValidatorTest {
    @Test
    void reportsInvalidHtmlAndPassesValidHtml(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</p><img src=a.png></body></html>");
        Path good = Files.writeString(dir.resolve("good.html"),
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>x</p></body></html>");
        assertThat(HtmlValidator.errors(dir, List.of(bad))).isNotEmpty()
                .anyMatch(e -> e.contains("alt"));
        assertThat(HtmlValidator.errors(dir, List.of(good))).isEmpty();
    }

    @Test
    void linkCheckerFindsMissingFilesFoldersAndFragments(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/index.html"), "<p id=here>x</p>");
        Files.writeString(dir.resolve("index.html"), """
                <a href="a/index.html#here">ok</a>
                <a href="a/index.html#nowhere">bad fragment</a>
                <a href="a/">folder</a>
                <a href="missing.html">missing</a>
                <a href="/a/index.html">root-relative</a>
                <a href="https://example.org/">external</a>
                """);
        assertThat(LinkChecker.brokenLinks(dir)).containsExactly(
                "index.html → a/index.html#nowhere (no element with id nowhere)",
                "index.html → a/ (folder link without index.html (breaks from disk))",
                "index.html → missing.html (no such file)",
                "index.html → /a/index.html (root-relative link)");
    }
}
