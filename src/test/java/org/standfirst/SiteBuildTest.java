package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/** Small inline archives built end to end, asserting on the pages produced. */
class SiteBuildTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void theme() {
        site = TestSite.in(dir).file("content/site.yml", """
                title: Test Institute
                page_size: 3
                """);
    }

    private static List<String> titles(Document page) {
        return page.select(".piece-title").eachText();
    }

    @Test
    void listingsAreNewestFirstWithAStableOrderForTheSameDay() {
        site.article("commentary/b.md", "Beta", "2015-01-01")
                .article("commentary/a.md", "Alpha", "2015-01-01")
                .article("commentary/c.md", "Older", "2014-12-31")
                .article("commentary/d.md", "Newest", "2016-02-01")
                .buildOk();
        assertThat(titles(site.page("commentary/"))).containsExactly("Newest", "Alpha", "Beta");
        assertThat(titles(site.page("commentary/page/2/"))).containsExactly("Older");
    }

    @Test
    void paginationHasNoEmptyPageAtExactlyPageSize() {
        for (int i = 1; i <= 3; i++) site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-0" + i);
        site.buildOk();
        assertThat(titles(site.page("commentary/"))).hasSize(3);
        assertThat(site.hasPage("commentary/page/2/")).isFalse();
        assertThat(site.page("commentary/").select("nav.pagination")).isEmpty();
    }

    @Test
    void paginationOneOverPageSizeMakesASecondPageWithOneItem() {
        for (int i = 1; i <= 7; i++) site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-0" + i);
        site.buildOk();
        assertThat(titles(site.page("commentary/"))).containsExactly("Piece 7", "Piece 6", "Piece 5");
        assertThat(titles(site.page("commentary/page/2/"))).containsExactly("Piece 4", "Piece 3", "Piece 2");
        Document last = site.page("commentary/page/3/");
        assertThat(titles(last)).containsExactly("Piece 1");
        assertThat(site.hasPage("commentary/page/4/")).isFalse();
        assertThat(last.select("nav.pagination [aria-current=page]").text()).isEqualTo("3");
        assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(last.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("../2/index.html");
        assertThat(site.page("commentary/").selectFirst("nav.pagination a[rel=next]").attr("href"))
                .isEqualTo("page/2/index.html");
    }

    @Test
    void piecesFiledUnderACountryAppearOnEveryRegionAbove() {
        site.file("content/regions/middle-east-and-north-africa.md", "---\nname: Middle East and North Africa\n---\n")
                .file("content/regions/gulf.md", "---\nname: Gulf\nparent: middle-east-and-north-africa\n---\n")
                .file("content/regions/yemen.md", "---\nname: Yemen\nparent: gulf\ndescription: The war and the peace process.\n---\n")
                .article("commentary/y.md", "On Yemen", "2019-01-01", "region: Yemen")
                .article("commentary/g.md", "On the Gulf", "2019-01-02", "regions: [Gulf]")
                .article("commentary/m.md", "On the region", "2019-01-03", "regions: [Middle East and North Africa, Yemen]")
                .buildOk();
        assertThat(titles(site.page("regions/middle-east-and-north-africa/")))
                .containsExactly("On the region", "On the Gulf", "On Yemen");
        assertThat(titles(site.page("regions/gulf/"))).containsExactly("On the region", "On the Gulf", "On Yemen");
        Document yemen = site.page("regions/yemen/");
        assertThat(titles(yemen)).containsExactly("On the region", "On Yemen");
        assertThat(yemen.select(".listing-description").text()).isEqualTo("The war and the peace process.");
        assertThat(yemen.select(".region-parent a").text()).isEqualTo("Gulf");
        assertThat(yemen.select(".breadcrumbs li").eachText())
                .containsExactly("Home", "Regions", "Middle East and North Africa", "Gulf", "Yemen");
        assertThat(site.page("regions/gulf/").select(".subregions a").eachText()).containsExactly("Yemen");
        Document index = site.page("regions/");
        assertThat(index.select("ul.region-tree > li > a").eachText())
                .containsExactly("Middle East and North Africa", "Gulf", "Yemen");
        assertThat(index.select("body > main > ul.region-tree > li > a").eachText())
                .containsExactly("Middle East and North Africa");
        assertThat(index.select("ul.region-tree li:has(> a:contains(Gulf)) > .count").first().text()).isEqualTo("3 pieces");
    }

    @Test
    void authorsAreListedAToZBySurnameAndProfileLessAuthorsGetAPage() {
        site.file("content/authors/amira-haddad.md", """
                        ---
                        name: Amira Haddad
                        role: Senior Research Fellow
                        ---
                        Amira Haddad leads the *Gulf* programme.

                        She previously worked in Kuwait.
                        """)
                .file("content/authors/bernard-zeller.md", "---\nname: Bernard Zeller\nrole: Advisory Board\n---\nBio.\n")
                .article("commentary/one.md", "Joint piece", "2020-05-05", "authors: [Bernard Zeller, Amira Haddad]")
                .article("commentary/two.md", "Guest piece", "2020-05-06", "author: Carla Aronson")
                .buildOk();
        Document index = site.page("authors/");
        assertThat(index.select(".people li > a").eachText()).containsExactly("Carla Aronson", "Amira Haddad", "Bernard Zeller");
        assertThat(index.select(".letter-group h2").eachText()).containsExactly("A", "H", "Z");
        Document joint = site.page("commentary/one/");
        assertThat(joint.selectFirst(".byline").text()).isEqualTo("By Bernard Zeller and Amira Haddad");
        assertThat(joint.select(".author-card-name").eachText()).containsExactly("Bernard Zeller", "Amira Haddad");
        assertThat(joint.select(".author-card-role").eachText()).containsExactly("Advisory Board", "Senior Research Fellow");
        assertThat(joint.select(".author-card-bio").get(1).html()).isEqualTo("<p>Amira Haddad leads the <em>Gulf</em> programme.</p>");
        Document amira = site.page("authors/amira-haddad/");
        assertThat(amira.select(".profile-bio p")).hasSize(2);
        assertThat(titles(amira)).containsExactly("Joint piece");
        Document guest = site.page("authors/carla-aronson/");
        assertThat(guest.select("h1").text()).isEqualTo("Carla Aronson");
        assertThat(titles(guest)).containsExactly("Guest piece");
    }

    @Test
    void typeComesFromTheFolderAndSlugFromTheFileName() {
        site.article("op-eds/2014-06-17-the-view-from-tehran.md", "The view from Tehran", "2014-06-17")
                .article("reports/annual.md", "Annual review", "2014-06-18", "type: Report", "slug: annual-review-2014")
                .buildOk();
        Document page = site.page("op-eds/the-view-from-tehran/");
        assertThat(page.selectFirst(".article-meta").text()).isEqualTo("Op Eds, 17 June 2014 · 1 min read");
        assertThat(site.page("report/annual-review-2014/").selectFirst(".article-meta").text())
                .isEqualTo("Report, 18 June 2014 · 1 min read");
        assertThat(titles(site.page("report/"))).containsExactly("Annual review");
        assertThat(titles(site.page("archive/2014/"))).containsExactly("Annual review", "The view from Tehran");
    }

    @Test
    void permalinkPatternShapesArticleUrls() {
        site.file("content/site.yml", "title: T\npermalink: /{year}/{month}/{slug}/\n")
                .article("commentary/x.md", "Dated", "2014-06-07")
                .buildOk();
        assertThat(site.hasPage("2014/06/x/")).isTrue();
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void summaryFallsBackToTheFirstParagraphAsPlainTextAndThePageShowsItOnce() {
        site.file("content/commentary/x.md", """
                ---
                title: No standfirst
                date: 2014-01-01
                ---

                ## A heading first

                The *first* paragraph[^1] is the [standfirst](https://example.org).

                Second paragraph.

                [^1]: A note.
                """).buildOk();
        Document page = site.page("commentary/x/");
        // The article page does not repeat above the body the paragraph its body opens with.
        assertThat(page.select(".standfirst")).isEmpty();
        assertThat(page.select(".article-body p").first().text()).isEqualTo("The first paragraph1 is the standfirst.");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("The first paragraph is the standfirst.");
        assertThat(site.page("commentary/").selectFirst(".piece-summary").text()).isEqualTo("The first paragraph is the standfirst.");
    }

    @Test
    void bodiesGetTablesEndnotesTypographyHeadingIdsAndAutolinks() {
        site.file("content/commentary/x.md", """
                ---
                title: Rich body
                date: 2014-01-01
                summary: S.
                ---
                ## Spending -- by country

                "Quoted" text--with dashes[^a] and a link: https://example.org/report and ~~struck~~.

                | Country | 2014 |
                |---------|-----:|
                | France  | 1.8% |

                [^a]: Source: NATO estimates.
                """).buildOk();
        Document page = site.page("commentary/x/");
        assertThat(page.select(".article-body h2").attr("id")).isEqualTo("spending-by-country");
        assertThat(page.select(".article-body p").first().text()).contains("\u201CQuoted\u201D text\u2013with dashes");
        assertThat(page.select(".article-body a[href=https://example.org/report]")).hasSize(1);
        assertThat(page.select(".article-body del").text()).isEqualTo("struck");
        assertThat(page.select(".article-body table td").eachText()).containsExactly("France", "1.8%");
        assertThat(page.select("section.endnotes h2").text()).isEqualTo("Notes");
        assertThat(page.select("section.endnotes li").text()).contains("Source: NATO estimates.");
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void leadImagesAreCopiedBesideTheirPageWithAltCaptionAndCredit() {
        site.bytes("content/commentary/with-map/map.png", TestImages.drawn(320, 180, "png"))
                .bytes("content/commentary/with-map/chart.csv", "a,b\n".getBytes())
                .file("content/commentary/with-map/index.md", """
                        ---
                        title: With a map
                        date: 2016-03-02
                        image: map.png
                        image_alt: A map of the Strait of Hormuz
                        image_caption: Shipping lanes through the strait.
                        image_credit: Test Institute
                        ---
                        Body with [the data](chart.csv).
                        """)
                .bytes("content/static/images/logo.png", TestImages.drawn(200, 100, "png"))
                .article("commentary/site-image.md", "Site image", "2016-03-03", "image: /images/logo.png", "image_alt: Logo")
                .buildOk();
        Document page = site.page("commentary/with-map/");
        // Served as its copy without metadata, at its own size (never enlarged); the original is copied too.
        assertThat(page.select("figure.lead-image img").attr("src")).isEqualTo("../../resized/commentary/with-map/map-320.png");
        assertThat(page.select("figure.lead-image img").attr("alt")).isEqualTo("A map of the Strait of Hormuz");
        assertThat(page.select("figure.lead-image figcaption").text()).isEqualTo("Shipping lanes through the strait. Test Institute");
        assertThat(site.output().resolve("commentary/with-map/map.png")).exists();
        assertThat(site.output().resolve("commentary/with-map/chart.csv")).exists();
        assertThat(site.page("commentary/site-image/").select("figure img").attr("src")).isEqualTo("../../resized/images/logo-200.png");
        assertThat(site.output().resolve("images/logo.png")).exists();
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void draftsAreHeldBackUnlessAskedFor() {
        site.article("commentary/a.md", "Published", "2014-01-01")
                .article("commentary/b.md", "Draft", "2014-01-02", "draft: true");
        TestSite.Run run = site.buildOk();
        assertThat(run.out()).contains("(1 draft held back)");
        assertThat(site.hasPage("commentary/b/")).isFalse();
        site.buildOk("--drafts");
        assertThat(site.hasPage("commentary/b/")).isTrue();
    }

    @Test
    void relatedPiecesShareTheMostAndPreviousNextFollowTheArchive() {
        site.article("commentary/a.md", "A", "2014-01-01", "regions: [Iraq]", "topics: [Oil, Security]")
                .article("commentary/b.md", "B", "2014-01-02", "regions: [Iraq]", "topics: [Oil, Security]")
                .article("commentary/c.md", "C", "2014-01-03", "regions: [Iran]", "topics: [Oil]")
                .article("commentary/d.md", "D", "2014-01-04", "regions: [China]")
                .buildOk();
        Document a = site.page("commentary/a/");
        assertThat(a.select(".related .piece-title").eachText()).containsExactly("B", "C");
        assertThat(a.select(".prev-next a[rel=next]").text()).isEqualTo("Next B");
        assertThat(a.select(".prev-next a[rel=prev]")).isEmpty();
        assertThat(site.page("commentary/d/").select(".related")).isEmpty();
    }

    @Test
    void nonLatinNamesGetReadableWorkingUrls() {
        site.article("commentary/a.md", "Tehran", "2014-01-01", "author: علی رضایی", "regions: [Россия]", "topics: [中国外交]")
                .buildOk();
        assertThat(site.hasPage("authors/علی-رضایی/")).isTrue();
        assertThat(site.hasPage("regions/россия/")).isTrue();
        assertThat(site.hasPage("topics/中国外交/")).isTrue();
        String href = site.page("commentary/a/").select(".byline a").attr("href");
        assertThat(href).startsWith("../../authors/%D8%B9%D9%84%DB%8C-");
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void contentIsEscapedAndNeverEvaluatedAsATemplate() {
        site.file("content/commentary/x.md", """
                ---
                title: "<script>alert(1)</script> {{ site.title }}"
                date: 2014-01-01
                summary: "{% if true %}evaluated{% endif %} & \\"quoted\\""
                topics: ["<b>bold</b>"]
                ---
                Body {{ page.title }} and {% raw %}.
                """).buildOk();
        Document page = site.page("commentary/x/");
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e {{ site.title }}");
        assertThat(page.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script> {{ site.title }}");
        assertThat(page.selectFirst(".standfirst").text()).isEqualTo("{% if true %}evaluated{% endif %} & \"quoted\"");
        assertThat(page.select(".tag-group b")).isEmpty();
        assertThat(page.selectFirst(".article-body").text()).isEqualTo("Body {{ page.title }} and {% raw %}.");
    }

    @Test
    void homePageListsTheLatestAndTheRegions() {
        site.file("content/regions/europe.md", "---\nname: Europe\n---\n")
                .file("content/regions/ukraine.md", "---\nname: Ukraine\nparent: europe\n---\n");
        for (int i = 1; i <= 5; i++) site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-0" + i, "region: Ukraine");
        site.buildOk();
        Document home = site.page("");
        // Without images or a featured piece, the newest leads; the home page is not paged by page_size.
        assertThat(home.select(".featured-title").eachText()).containsExactly("Piece 5");
        assertThat(titles(home)).containsExactly("Piece 4", "Piece 3", "Piece 2", "Piece 1");
        assertThat(home.select(".region-block-title a").eachText()).containsExactly("Europe");
        assertThat(home.select("title").text()).isEqualTo("Test Institute");
        assertThat(site.page("404.html").select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void staticFilesAreCopiedToTheSiteRoot() throws Exception {
        site.article("commentary/a.md", "A", "2014-01-01")
                .file("content/static/robots.txt", "User-agent: *\n")
                .file("content/static/files/brief.pdf", "%PDF")
                .buildOk();
        assertThat(Files.readString(site.output().resolve("robots.txt"))).isEqualTo("User-agent: *\n");
        assertThat(site.output().resolve("files/brief.pdf")).exists();
        assertThat(site.output().resolve("assets/style.css")).exists();
    }

    @Test
    void worksFromASubPathAndFromDiskBecauseLinksAreRelative() {
        site.file("content/site.yml", "title: T\nbase_url: https://example.org/archive/\n")
                .article("commentary/a.md", "A", "2014-01-01", "regions: [Iraq]", "topics: [Oil]", "author: Ann Bee")
                .buildOk();
        assertThat(LinkChecker.rootRelativeLinks(site.output())).isEmpty();
        assertThat(LinkChecker.brokenLinks(site.output(), "/archive/")).isEmpty();
        assertThat(site.page("commentary/a/").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/archive/commentary/a/");
        // The 404 page is served at any depth, so it links from the base URL's path.
        assertThat(site.page("404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("/archive/assets/style.css");
    }
}
