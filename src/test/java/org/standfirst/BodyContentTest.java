package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/** Links and raw HTML inside Markdown bodies. */
class BodyContentTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir)
                .article("commentary/b.md", "B", "2014-01-02", "region: Iraq")
                .article("reports/r.md", "R", "2014-01-03", "type: Report");
    }

    @Test
    void internalLinksAreRewrittenToWorkFromDiskAndAtASubPath() {
        site.file("content/commentary/a.md", """
                ---
                title: A
                date: 2014-01-01
                ---
                See [the region](/regions/iraq/), [the region without slash](/regions/iraq),
                [B](b.md), [the method](../reports/r.md#method) and [home](/).
                """).buildOk();
        Document page = site.page("commentary/a/");
        assertThat(page.select(".article-body a").eachAttr("href")).containsExactly(
                "../../regions/iraq/index.html", "../../regions/iraq/index.html", "../b/index.html",
                "../../report/r/index.html#method", "../../index.html");
        assertThat(LinkChecker.rootRelativeLinks(site.output())).isEmpty();
    }

    @Test
    void linksThatLeadNowhereAreWarningsAndErrorsWhenStrict() {
        site.file("content/commentary/a.md", """
                ---
                title: A
                date: 2014-01-01
                ---
                Fine paragraph.

                See [nowhere](/regions/nope/) and [gone](missing.md).

                A [file](data.csv) that was never copied.
                """);
        TestSite.Run run = site.buildOk();
        assertThat(run.problems()).containsExactly(
                "commentary/a.md:7: warning: the link `/regions/nope/` leads to no page of the site — check the address; pages are listed in docs/pages-and-urls.md",
                "commentary/a.md:7: warning: the link `missing.md` names no piece of the archive — link to another piece's .md file by its path from this file, e.g. `../reports/x.md`",
                "commentary/a.md:9: warning: the link `data.csv` leads to no file of the site — put the file in the piece's own folder (a page bundle) or in content/static/ and link to it from there");
        assertThat(site.build("--strict").exitCode()).isEqualTo(1);
    }

    @Test
    void scriptLinksAreErrors() {
        site.file("content/commentary/a.md", "---\ntitle: A\ndate: 2014-01-01\n---\n[click](javascript:alert(1))\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.problems()).containsExactly(
                "commentary/a.md:5: the link `javascript:alert(1)` runs a script — link to an http(s) address or a page instead");
    }

    private static final String RAW = """
            ---
            title: A
            date: 2014-01-01
            ---
            ## Heading

            <div class="callout" onclick="steal()">Boxed <script>alert(1)</script>text</div>

            <iframe src="https://example.org/embed"></iframe>

            Text with a note.[^1]

            [^1]: The note.
            """;

    @Test
    void rawHtmlIsKeptByDefault() {
        site.file("content/commentary/a.md", RAW).buildOk();
        Document page = site.page("commentary/a/");
        assertThat(page.select(".article-body div.callout")).hasSize(1);
        assertThat(page.select(".article-body script")).hasSize(1);
    }

    @Test
    void rawHtmlCanBeEscaped() {
        site.file("content/site.yml", "raw_html: escape\n").file("content/commentary/a.md", RAW).buildOk();
        Document page = site.page("commentary/a/");
        assertThat(page.select(".article-body div.callout, .article-body script, .article-body iframe")).isEmpty();
        assertThat(page.selectFirst(".article-body").text()).contains("<div class=\"callout\"");
    }

    @Test
    void rawHtmlCanBeSanitisedKeepingWhatMarkdownMakes() {
        site.file("content/site.yml", "raw_html: sanitize\n").file("content/commentary/a.md", RAW).buildOk();
        Document page = site.page("commentary/a/");
        assertThat(page.select(".article-body script, .article-body iframe, [onclick]")).isEmpty();
        assertThat(page.select(".article-body div.callout").text()).isEqualTo("Boxed text");
        assertThat(page.select(".article-body h2#heading")).hasSize(1);
        assertThat(page.select("section.endnotes li").text()).contains("The note.");
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void anUnknownRawHtmlChoiceIsAnError() {
        site.file("content/site.yml", "title: T\nraw_html: strip\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.problems()).containsExactly(
                "site.yml:2: `raw_html: strip` is not a choice — write `raw_html: keep`, `raw_html: escape` or `raw_html: sanitize`");
    }

    @Test
    void tablesScrollInsideANamedRegionAKeyboardCanReach() {
        site.file("content/commentary/a.md", """
                ---
                title: A
                date: 2020-01-01
                ---
                | Country | Troops |
                | --- | ---: |
                | Iraq | 1,200 |

                | Year | Spending |
                | --- | --- |
                | 2015 | 2.0% |
                """).buildOk();
        var regions = site.page("commentary/a/").select(".article-body .table-scroll");
        assertThat(regions).hasSize(2);
        assertThat(regions).allSatisfy(region -> {
            assertThat(region.attr("role")).isEqualTo("region");
            assertThat(region.attr("tabindex")).isEqualTo("0");
            assertThat(region.children()).singleElement().satisfies(table -> assertThat(table.tagName()).isEqualTo("table"));
        });
        assertThat(regions).extracting(region -> region.attr("aria-label")).containsExactly("Table 1", "Table 2");
    }
}
