package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.HtmlValidator;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/** What the outside world reads: feeds, sitemap, metadata, redirects and the publishing lifecycle. */
class PublishingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).file("content/site.yml", """
                        title: Test Institute
                        base_url: https://example.org/archive/
                        language: en-GB
                        organisation: {name: The Test Institute for Policy, url: "https://test.example/"}
                        """)
                .file("content/regions/mena.md", "---\nname: Middle East\n---\n")
                .file("content/regions/iraq.md", "---\nname: Iraq\nparent: mena\n---\n")
                .file("content/authors/amira-haddad.md", "---\nname: Amira Haddad\nrole: Senior Fellow\naliases: [/people/amira/]\n---\nBio.\n")
                .bytes("content/reports/oil/oil.pdf", "%PDF-1.4 test".repeat(100).getBytes())
                .bytes("content/reports/oil/chart.png", TestImages.drawn(640, 360, "png"))
                .file("content/reports/oil/index.md", """
                        ---
                        title: "Oil & <Power> in Iraq"
                        date: 2015-07-21T09:30:00+01:00
                        updated: 2015-08-02
                        type: Report
                        summary: Iraq's oil money funds its politics.
                        authors: [Amira Haddad, Laurence Okafor]
                        region: Iraq
                        topics: [Energy security, Sanctions]
                        image: chart.png
                        image_alt: A chart
                        pdf: oil.pdf
                        correction:
                          date: 2015-08-01
                          text: An earlier version gave the wrong year for the 2005 constitution.
                        aliases: [/2015/07/oil.html, /old/oil/, "/?p=123"]
                        ---
                        Body with [a link](/regions/iraq/) and enough words to read.
                        """);
        for (int i = 1; i <= 25; i++) {
            site.article("commentary/c" + i + ".md", "Commentary " + i, String.format("2016-01-%02d", i),
                    "author: Amira Haddad", "region: Iraq");
        }
    }

    private static SyndFeed feed(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void atomFeedsForTheSiteTypesRegionsAuthorsAndTopicsParseAndAreComplete() throws Exception {
        site.buildOk();
        SyndFeed all = feed(site.output().resolve("feed.xml"));
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        assertThat(all.getTitle()).isEqualTo("Test Institute");
        assertThat(all.getEntries()).hasSize(20);
        assertThat(all.getEntries().get(0).getTitle()).isEqualTo("Commentary 25");
        assertThat(all.getLinks()).extracting(l -> l.getRel() + " " + l.getHref()).containsExactly(
                "alternate https://example.org/archive/", "self https://example.org/archive/feed.xml");

        SyndFeed region = feed(site.output().resolve("regions/mena/feed.xml"));
        assertThat(region.getEntries()).hasSize(20);
        SyndFeed reports = feed(site.output().resolve("report/feed.xml"));
        SyndEntry report = reports.getEntries().get(0);
        assertThat(report.getTitle()).isEqualTo("Oil & <Power> in Iraq");
        assertThat(report.getLink()).isEqualTo("https://example.org/archive/report/oil/");
        assertThat(report.getUri()).isEqualTo("https://example.org/archive/report/oil/");
        assertThat(report.getAuthors()).extracting(a -> a.getName()).containsExactly("Amira Haddad", "Laurence Okafor");
        assertThat(report.getCategories()).extracting(c -> c.getName())
                .containsExactly("report", "iraq", "energy-security", "sanctions");
        assertThat(report.getDescription().getValue()).isEqualTo("Iraq's oil money funds its politics.");
        assertThat(report.getContents().get(0).getValue())
                .contains("<a href=\"https://example.org/archive/regions/iraq/index.html\">a link</a>");
        assertThat(report.getPublishedDate().toInstant().toString()).isEqualTo("2015-07-21T08:30:00Z");
        assertThat(report.getUpdatedDate().toInstant().toString()).isEqualTo("2015-08-02T00:00:00Z");
        assertThat(feed(site.output().resolve("authors/amira-haddad/feed.xml")).getEntries()).hasSize(20);
        assertThat(feed(site.output().resolve("topics/sanctions/feed.xml")).getEntries()).hasSize(1);
        Document regionPage = site.page("regions/iraq/");
        assertThat(regionPage.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("../../feed.xml", "feed.xml");
    }

    @Test
    void sitemapListsEveryPageWithLastmodAndRobotsPointsToIt() throws Exception {
        site.buildOk();
        Document sitemap = org.jsoup.Jsoup.parse(Files.readString(site.output().resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).contains("https://example.org/archive/", "https://example.org/archive/report/oil/",
                "https://example.org/archive/regions/iraq/", "https://example.org/archive/commentary/page/2/");
        assertThat(locs).noneMatch(l -> l.contains("404") || l.contains("/old/"));
        Element oil = sitemap.select("url:has(loc:containsOwn(report/oil/))").first();
        assertThat(oil.selectFirst("lastmod").text()).isEqualTo("2015-08-02");
        assertThat(Files.readString(site.output().resolve("robots.txt")))
                .contains("Sitemap: https://example.org/archive/sitemap.xml");
    }

    @Test
    void articlesCarryScholarOpenGraphAndJsonLdMetadata() throws Exception {
        site.buildOk();
        Document page = site.page("report/oil/");
        assertThat(meta(page, "name", "citation_title")).containsExactly("Oil & <Power> in Iraq");
        assertThat(meta(page, "name", "citation_author")).containsExactly("Amira Haddad", "Laurence Okafor");
        assertThat(meta(page, "name", "citation_publication_date")).containsExactly("2015/07/21");
        assertThat(meta(page, "name", "citation_online_date")).containsExactly("2015/07/21");
        assertThat(meta(page, "name", "citation_pdf_url")).containsExactly("https://example.org/archive/report/oil/oil.pdf");
        assertThat(meta(page, "name", "citation_technical_report_institution")).containsExactly("The Test Institute for Policy");
        assertThat(meta(page, "name", "citation_language")).containsExactly("en-GB");
        assertThat(meta(page, "name", "citation_keywords")).containsExactly("Energy security; Sanctions; Iraq");
        assertThat(meta(page, "property", "og:type")).containsExactly("article");
        // The share card is cut from the 640×360 lead image at 1200:630, never enlarged.
        assertThat(meta(page, "property", "og:image")).containsExactly("https://example.org/archive/resized/report/oil/chart.png-640x336.jpg");
        assertThat(meta(page, "property", "og:image:width")).containsExactly("640");
        assertThat(meta(page, "property", "og:image:height")).containsExactly("336");
        assertThat(meta(page, "property", "og:image:alt")).hasSize(1);
        assertThat(meta(page, "name", "twitter:image:alt")).isEqualTo(meta(page, "property", "og:image:alt"));
        assertThat(meta(page, "property", "og:locale")).containsExactly("en_GB");
        // A time from the front matter as given; a date alone at noon in the site's zone (UTC by default).
        assertThat(meta(page, "property", "article:published_time")).containsExactly("2015-07-21T09:30:00+01:00");
        assertThat(meta(page, "property", "article:modified_time")).containsExactly("2015-08-02T12:00:00Z");
        assertThat(meta(page, "property", "article:author")).containsExactly(
                "https://example.org/archive/authors/amira-haddad/", "https://example.org/archive/authors/laurence-okafor/");
        assertThat(meta(page, "name", "twitter:card")).containsExactly("summary_large_image");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/archive/report/oil/");

        JsonNode graph = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).get("@graph");
        JsonNode article = graph.get(0);
        assertThat(article.get("@type").asText()).isEqualTo("Report");
        assertThat(article.get("headline").asText()).isEqualTo("Oil & <Power> in Iraq");
        assertThat(article.get("description").asText()).isEqualTo("Iraq's oil money funds its politics.");
        assertThat(article.get("image")).extracting(JsonNode::asText).containsExactly(
                "https://example.org/archive/resized/report/oil/chart.png-360x360.jpg",
                "https://example.org/archive/resized/report/oil/chart.png-480x360.jpg",
                "https://example.org/archive/resized/report/oil/chart.png-640x360.jpg");
        assertThat(article.get("datePublished").asText()).isEqualTo("2015-07-21T09:30:00+01:00");
        assertThat(article.get("dateModified").asText()).isEqualTo("2015-08-02T12:00:00Z");
        assertThat(article.get("mainEntityOfPage").asText()).isEqualTo("https://example.org/archive/report/oil/");
        assertThat(article.get("author").get(0).get("@type").asText()).isEqualTo("Person");
        assertThat(article.get("author").get(0).get("jobTitle").asText()).isEqualTo("Senior Fellow");
        assertThat(article.get("author").get(0).get("url").asText()).isEqualTo("https://example.org/archive/authors/amira-haddad/");
        assertThat(article.get("publisher").get("@type").asText()).isEqualTo("Organization");
        assertThat(article.get("about").get(0).get("name").asText()).isEqualTo("Iraq");
        assertThat(article.get("keywords").asText()).isEqualTo("Energy security, Sanctions, Iraq");
        assertThat(article.get("correction").get("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(article.get("correction").get("datePublished").asText()).isEqualTo("2015-08-01");
        JsonNode trail = graph.get(1);
        assertThat(trail.get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(trail.get("itemListElement").findValuesAsText("name"))
                .containsExactly("Home", "Report", "Iraq", "Oil & <Power> in Iraq");

        assertThat(JSON.readTree(site.page("commentary/c1/").selectFirst("script[type=application/ld+json]").data())
                .get("@graph").get(0).get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(jsonLdType(site.page("authors/amira-haddad/"))).isEqualTo("ProfilePage");
        assertThat(jsonLdType(site.page("regions/iraq/"))).isEqualTo("CollectionPage");
        assertThat(jsonLdType(site.page(""))).isEqualTo("WebSite");
    }

    private static String jsonLdType(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).get("@graph").get(0).get("@type").asText();
    }

    private static List<String> meta(Document page, String attribute, String key) {
        return page.select("meta[" + attribute + "=" + key + "]").eachAttr("content");
    }

    @Test
    void correctionsPdfsAndReadingTimeShowOnThePage() {
        site.buildOk();
        Document page = site.page("report/oil/");
        assertThat(page.selectFirst(".correction").text())
                .isEqualTo("Correction, 1 August 2015: An earlier version gave the wrong year for the 2005 constitution.");
        assertThat(page.selectFirst(".download a").attr("href")).isEqualTo("oil.pdf");
        assertThat(page.selectFirst(".download a").text()).isEqualTo("Download the full text (PDF, 1 KB)");
        assertThat(site.output().resolve("report/oil/oil.pdf")).exists();
        assertThat(page.selectFirst(".article-meta").text()).isEqualTo("Report, 21 July 2015 Updated 2 August 2015 · 1 min read");
        assertThat(site.page("report/").selectFirst(".piece-reading-time").text()).isEqualTo("1 min read");
    }

    @Test
    void everyArticleEndsWithCiteThisAndCitationFiles() throws Exception {
        site.buildOk();
        Document page = site.page("report/oil/");
        assertThat(page.selectFirst(".cite-this .citation").text()).isEqualTo("Haddad, Amira, and Laurence Okafor. 2015. "
                + "Oil & <Power> in Iraq. Report. The Test Institute for Policy. https://example.org/archive/report/oil/.");
        assertThat(page.select(".cite-this .citation i").text()).isEqualTo("Oil & <Power> in Iraq");
        assertThat(page.select(".cite-this .citation-files a").eachAttr("href")).containsExactly("oil.bib", "oil.ris");
        assertThat(Files.readString(site.output().resolve("report/oil/oil.bib")))
                .startsWith("@techreport{haddad2015oil,\n  author = {Haddad, Amira and Okafor, Laurence},\n")
                .contains("  title = {{Oil \\& <Power> in Iraq}},\n");
        assertThat(Files.readString(site.output().resolve("commentary/c1/c1.ris"))).startsWith("TY  - ELEC\nAU  - Haddad, Amira\n");

        site.file("content/site.yml", "title: T\nbase_url: https://example.org/\ncitation_style: apa\n").buildOk();
        assertThat(site.page("commentary/c1/").selectFirst(".cite-this .citation").text())
                .isEqualTo("Haddad, A. (2016, January 1). Commentary 1. T. https://example.org/commentary/c1/");
    }

    @Test
    void oldAddressesKeepAnswering() throws Exception {
        site.file("content/redirects.csv", """
                old,new
                # moved in the 2019 redesign
                /research/c1.aspx,commentary/c1.md
                /research/all/,/commentary/
                """).buildOk();
        Document moved = site.page("2015/07/oil.html");
        assertThat(moved.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../report/oil/index.html");
        assertThat(moved.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/archive/report/oil/");
        assertThat(moved.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(moved.selectFirst("a").text()).isEqualTo("Oil & <Power> in Iraq");
        assertThat(site.page("old/oil/").selectFirst("a").attr("href")).isEqualTo("../../report/oil/index.html");
        assertThat(site.page("people/amira/").selectFirst("a").attr("href")).isEqualTo("../../authors/amira-haddad/index.html");
        assertThat(site.page("research/all/").selectFirst("a").attr("href")).isEqualTo("../../commentary/index.html");
        assertThat(site.hasPage("research/c1.aspx")).isFalse();
        assertThat(Files.readString(site.output().resolve("_redirects"))).isEqualTo("""
                # Generated by Standfirst: old addresses and where they now lead.
                /archive/2015/07/oil.html  /archive/report/oil/  301
                /archive/  p=123  /archive/report/oil/  301
                /archive/old/oil/  /archive/report/oil/  301
                /archive/people/amira/  /archive/authors/amira-haddad/  301
                /archive/research/all/  /archive/commentary/  301
                /archive/research/c1.aspx  /archive/commentary/c1/  301
                """);
        assertThat(LinkChecker.brokenLinks(site.output(), "/archive/")).isEmpty();
        List<Path> pages = new ArrayList<>(List.of(site.pageFile("2015/07/oil.html"), site.pageFile("report/oil/"),
                site.pageFile("regions/iraq/"), site.pageFile("authors/amira-haddad/"), site.pageFile("")));
        assertThat(HtmlValidator.errors(site.output(), pages)).isEmpty();
    }

    @Test
    void aliasesThatCollideNameBothSources() {
        site.article("commentary/x.md", "X", "2014-01-01", "aliases: [/old/oil/]")
                .article("commentary/y.md", "Y", "2014-01-02", "aliases: [/commentary/c1/]")
                .file("content/redirects.csv", "/bad/,nowhere.md\n/worse/../up/,/commentary/\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.problems()).containsExactly(
                "commentary/y.md:1: two things would be written to /commentary/c1/index.html: the redirect from /commentary/c1/ and the piece commentary/c1.md — remove the alias, or point it at another old address",
                "redirects.csv:1: the target `nowhere.md` is neither a site path nor a piece — write a site path starting with `/` (e.g. `/commentary/mosul/`) or a content file such as `commentary/2014-06-17-mosul.md`",
                "redirects.csv:2: the old path `/worse/../up/` must not contain `.` or `..` segments — write it as a path, e.g. `/2014/06/old-slug/`",
                "reports/oil/index.md:1: the old address `/old/oil/` is also claimed by commentary/x.md:1 — keep it in one place only",
                "site.yml:2: warning: the site lives at a sub-path (/archive/), but crawlers read robots.txt only at "
                        + "https://example.org/robots.txt, not at https://example.org/archive/robots.txt — add the line "
                        + "`Sitemap: https://example.org/archive/sitemap.xml` to https://example.org/robots.txt");
    }

    @Test
    void futurePiecesWaitForTheirDayUnlessAskedFor() {
        site.article("commentary/later.md", "Scheduled", "2999-01-01");
        TestSite.Run run = site.buildOk();
        assertThat(run.out()).contains("(1 future piece held back)");
        assertThat(site.hasPage("commentary/later/")).isFalse();
        site.buildOk("--future");
        assertThat(site.hasPage("commentary/later/")).isTrue();
    }

    @Test
    void rightToLeftPiecesGetDirAndIsolatedNames() {
        site.file("content/commentary/fa.md", """
                ---
                title: "ایران و عراق"
                date: 2016-02-01
                lang: fa
                author: Amira Haddad
                ---
                متن.
                """).buildOk();
        Document page = site.page("commentary/fa/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".byline bdi").text()).isEqualTo("Amira Haddad");
        assertThat(page.select(".article-meta time bdi").text()).isEqualTo("1 February 2016");
        assertThat(site.page("commentary/c1/").selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(HtmlValidator.errors(site.output(), List.of(site.pageFile("commentary/fa/")))).isEmpty();
    }

    @Test
    void withoutABaseUrlThereAreNoAbsoluteUrlsFeedsOrSitemap() {
        site.file("content/site.yml", "title: T\n").buildOk();
        assertThat(site.output().resolve("feed.xml")).doesNotExist();
        assertThat(site.output().resolve("sitemap.xml")).doesNotExist();
        Document page = site.page("report/oil/");
        assertThat(page.select("link[rel=canonical], link[rel=alternate], meta[property=og:url], meta[name=citation_pdf_url]")).isEmpty();
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("\"url\"")
                .doesNotContain("\"item\"").doesNotContain("\"image\"");
    }
}
