package org.standfirst.importer.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.importer.ImportFiles;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/** Saved pages: metadata sources in order of trust, body by selector, canonical URL as alias. */
class ImportHtmlTest {
    @TempDir
    Path dir;

    private void page(String path, String html) throws IOException {
        Path file = dir.resolve("pages").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    private TestSite.Run importHtml(String... extra) {
        String[] args = new String[7 + extra.length];
        System.arraycopy(new String[] {"import", "html", dir.resolve("pages").toString(), "--body", "article .entry",
                "--into", dir.resolve("site/content").toString()}, 0, args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        return TestSite.Run.of(args);
    }

    @Test
    void jsonLdWinsOverScholarAndOpenGraphAndTheCanonicalUrlIsAnAlias() throws IOException {
        page("2014/mosul/index.html", """
                <html><head><title>Mosul | Old Institute</title>
                <link rel="canonical" href="https://old.example.org/analysis/mosul/">
                <meta name="citation_title" content="Scholar title">
                <meta name="citation_author" content="Someone Else">
                <meta property="article:published_time" content="2010-01-01T00:00:00Z">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                  {"@type":"NewsArticle","headline":"Mosul and the Hollow Army","datePublished":"2014-06-17T10:30:00+01:00",
                   "author":[{"@type":"Person","name":"Amira Haddad"},{"@type":"Person","name":"Daniel Ashworth"}],
                   "keywords":"Iraq, Security"}]}</script></head>
                <body><nav>Menu</nav><article><div class="entry"><p>The fall of Mosul.</p>
                <iframe src="https://www.youtube.com/embed/x" title="Panel"></iframe></div></article></body></html>
                """);
        TestSite.Run run = importHtml();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImportFiles.pieces(dir.resolve("site/content"))).containsExactly(java.util.Map.entry(
                "article/2014-06-17-mosul-and-the-hollow-army/index.md", """
                ---
                title: "Mosul and the Hollow Army"
                date: 2014-06-17T09:30:00Z
                type: "Article"
                authors: ["Amira Haddad", "Daniel Ashworth"]
                topics: ["Iraq", "Security"]
                slug: "mosul-and-the-hollow-army"
                aliases:
                  - "/analysis/mosul/"
                params:
                  canonical_url: "https://old.example.org/analysis/mosul/"
                ---

                The fall of Mosul.

                [Panel](https://www.youtube.com/embed/x)
                """));
    }

    @Test
    void scholarTagsThenOpenGraphThenTitleAndTimeAndPagesWithoutABodyGoToTheReport() throws IOException {
        page("a.html", """
                <html><head><title>Ignored</title><meta name="citation_title" content="From Scholar">
                <meta name="citation_publication_date" content="2015/11/12"><meta name="citation_author" content="Nadia Qureshi">
                </head><body><article><div class="entry"><p>A.</p></div></article></body></html>
                """);
        page("b.html", """
                <html><head><title>From the title</title><meta property="article:tag" content="Gulf"></head>
                <body><time datetime="2016-03-02">2 March</time><article><div class="entry"><p>B.</p></div></article></body></html>
                """);
        page("c.html", "<html><head><title>No body</title></head><body><p>Cookie banner</p></body></html>");
        TestSite.Run run = importHtml();
        assertThat(run.exitCode()).as(run.err()).isZero();
        var pieces = ImportFiles.pieces(dir.resolve("site/content"));
        assertThat(pieces.keySet()).containsExactly("article/2015-11-12-from-scholar/index.md", "article/2016-03-02-from-the-title/index.md");
        assertThat(pieces.get("article/2015-11-12-from-scholar/index.md")).contains("date: 2015-11-12\n", "authors: [\"Nadia Qureshi\"]", "  - \"/a.html\"");
        assertThat(pieces.get("article/2016-03-02-from-the-title/index.md")).contains("topics: [\"Gulf\"]");
        assertThat(Files.readString(dir.resolve("site/content/.import-report.md")))
                .contains("- c.html: the selector `article .entry` finds nothing; not imported");

        TestSite site = TestSite.in(dir.resolve("site"));
        site.buildOk();
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void theStandfirstComesFromTheSummarySelectorElseTheDescriptionElseOpenGraph() throws IOException {
        String head = "<html><head><title>%s</title><meta name=\"citation_publication_date\" content=\"2015/11/12\">%s</head>";
        String body = "<body><p class=\"standfirst\">%s</p><article><div class=\"entry\"><p>Body.</p></div></article></body></html>";
        page("a.html", head.formatted("With a standfirst", "<meta name=\"description\" content=\"The description.\">")
                + body.formatted("Why Mosul fell in a day."));
        page("b.html", head.formatted("Description only", "<meta name=\"description\" content=\"The description.\">"
                + "<meta property=\"og:description\" content=\"The OpenGraph one.\">") + body.formatted(""));
        page("c.html", head.formatted("OpenGraph only", "<meta property=\"og:description\" content=\"The OpenGraph one.\">")
                + body.formatted(""));
        TestSite.Run run = importHtml("--summary", "p.standfirst");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var pieces = ImportFiles.pieces(dir.resolve("site/content"));
        assertThat(pieces.get("article/2015-11-12-with-a-standfirst/index.md")).contains("summary: \"Why Mosul fell in a day.\"\n");
        assertThat(pieces.get("article/2015-11-12-description-only/index.md")).contains("summary: \"The description.\"\n");
        assertThat(pieces.get("article/2015-11-12-opengraph-only/index.md")).contains("summary: \"The OpenGraph one.\"\n");
    }

    @Test
    void theMappingFileSendsSectionsAndKeywordsWhereItSaysAsForWordPress() throws IOException {
        Files.writeString(dir.resolve("import.yml"), """
                taxonomies:
                  section: regions
                  keyword: topics
                rename:
                  counter-terror: Counter-terrorism
                skip: [news]
                """);
        page("a.html", """
                <html><head><title>Mosul</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mosul",
                "datePublished":"2014-06-17","articleSection":["Middle East, North Africa","Iraq"],"keywords":"Counter-terror, News"}
                </script></head><body><article><div class="entry"><p>Body.</p></div></article></body></html>
                """);
        TestSite.Run run = importHtml("--map", dir.resolve("import.yml").toString(), "--type", "Commentary");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImportFiles.pieces(dir.resolve("site/content")).get("commentary/2014-06-17-mosul/index.md")).contains(
                "type: \"Commentary\"\nregions: [\"Iraq\", \"Middle East, North Africa\"]\ntopics: [\"Counter-terrorism\"]\n");
        assertThat(Files.readString(dir.resolve("site/content/.import-report.md"))).contains("| section |", "| keyword |");
        TestSite.in(dir.resolve("site")).buildOk();
    }

    @Test
    void withoutAMapASectionIsTheType() throws IOException {
        page("a.html", """
                <html><head><title>Mosul</title><meta property="article:section" content="Analysis">
                <meta property="article:published_time" content="2014-06-17"></head>
                <body><article><div class="entry"><p>Body.</p></div></article></body></html>
                """);
        assertThat(importHtml().exitCode()).isZero();
        assertThat(ImportFiles.pieces(dir.resolve("site/content")).get("analysis/2014-06-17-mosul/index.md")).contains("type: \"Analysis\"\n");
    }

    @Test
    void aBadSelectorIsAUsageProblem() {
        TestSite.Run run = TestSite.Run.of("import", "html", dir.toString(), "--body", "article[", "--into", dir.resolve("c").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("--body: `article[` is not a CSS selector");
        TestSite.Run summary = TestSite.Run.of("import", "html", dir.toString(), "--body", "article", "--summary", "p[",
                "--into", dir.resolve("c").toString());
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(summary.err()).startsWith("--summary: `p[` is not a CSS selector");
    }
}
