package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.HtmlValidator;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/** The home page through the real build: the featured piece, the latest with thumbnails, a block per region. */
class HomePageTest {
    @TempDir
    Path dir;

    /**
     * Nine pieces, newest first: p9 (no image), p8 (lead image), p7 (an SVG chart), the rest plain; Europe
     * with Ukraine beneath it, and the Middle East.
     */
    private TestSite site(String... p5FrontMatter) {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: Test Institute\nbase_url: https://example.org/\npage_size: 2\n")
                .file("content/regions/europe.md", "---\nname: Europe\n---\n")
                .file("content/regions/ukraine.md", "---\nname: Ukraine\nparent: europe\n---\n")
                .file("content/regions/middle-east.md", "---\nname: Middle East\n---\n")
                .bytes("content/static/images/ships.jpg", TestImages.drawn(1600, 900, "jpg"))
                .file("content/commentary/chart/chart.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"><rect width=\"40\" height=\"30\"/></svg>");
        for (int i = 1; i <= 9; i++) {
            if (i == 7) continue;
            String region = i % 2 == 0 ? "region: Ukraine" : "region: Middle East";
            String[] extra = i == 8 ? new String[] {region, "author: Ann Bee", "summary: The ships <b>return</b>.",
                    "image: /images/ships.jpg", "image_alt: Ships at anchor"}
                    : i == 5 ? concat(region, p5FrontMatter) : new String[] {region};
            site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-0" + i, extra);
        }
        site.article("commentary/chart/index.md", "Piece 7", "2015-01-07", "region: Europe", "image: chart.svg",
                "image_alt: A bar chart");
        return site;
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    @Test
    void theNewestPieceWithALeadImageIsFeaturedWithItsImageFetchedFirst() {
        TestSite site = site();
        site.buildOk();
        Document home = site.page("");
        Element featured = home.selectFirst(".home-featured .featured");
        assertThat(featured.selectFirst(".featured-title a").text()).isEqualTo("Piece 8");
        assertThat(featured.selectFirst(".featured-title a").attr("href")).isEqualTo("commentary/p8/index.html");
        assertThat(featured.selectFirst(".featured-standfirst").text()).isEqualTo("The ships <b>return</b>.");
        assertThat(featured.select(".piece-authors a").eachText()).containsExactly("Ann Bee");
        assertThat(featured.selectFirst(".piece-meta").text()).isEqualTo("Commentary, 8 January 2015");
        Element img = featured.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("Ships at anchor");
        assertThat(img.attr("srcset")).contains("ships-480.jpg 480w").contains("ships-1600.jpg 1600w");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).as("the featured image is the first screen's").isFalse();
        // Every other image of the page waits until it is scrolled to, and has its size.
        assertThat(home.select("main img")).hasSize(2);
        for (Element other : home.select("main img")) {
            if (other == img) continue;
            assertThat(other.attr("loading")).isEqualTo("lazy");
            assertThat(other.attr("width")).isNotEmpty();
            assertThat(other.attr("height")).isNotEmpty();
        }
    }

    @Test
    void theHomePageWithImagesIsValidHtml() {
        TestSite site = site();
        site.buildOk();
        assertThat(HtmlValidator.errors(site.output(), List.of(site.pageFile(""), site.pageFile("regions/europe/")))).isEmpty();
    }

    @Test
    void aPieceMarkedFeaturedLeadsTheHomePageEvenWhenOlderAndWithoutAnImage() {
        TestSite site = site("featured: true");
        site.buildOk();
        Document home = site.page("");
        assertThat(home.select(".featured-title").eachText()).containsExactly("Piece 5");
        assertThat(home.select(".featured img")).isEmpty();
        assertThat(home.selectFirst(".featured").hasClass("featured-text-only")).isTrue();
        // The latest are the newest six but the featured one, which is not shown twice.
        assertThat(home.select(".home-latest .piece-title").eachText())
                .containsExactly("Piece 9", "Piece 8", "Piece 7", "Piece 6", "Piece 4", "Piece 3");
    }

    @Test
    void theLatestPiecesShowThumbnailsWhereTheyHaveLeadImages() {
        TestSite site = site();
        site.buildOk();
        Document home = site.page("");
        assertThat(home.select(".home-latest .piece-title").eachText())
                .containsExactly("Piece 9", "Piece 7", "Piece 6", "Piece 5", "Piece 4", "Piece 3");
        assertThat(home.select(".home-latest .piece.piece-with-thumb .piece-title").eachText()).containsExactly("Piece 7");
        Element svg = home.selectFirst(".home-latest img.piece-thumb");
        assertThat(svg.attr("src")).isEqualTo("commentary/chart/chart.svg");
        // An SVG has no size of its own: it gets the thumbnail box's, so the page does not shift as it loads.
        assertThat(svg.attr("width")).isEqualTo("320");
        assertThat(svg.attr("height")).isEqualTo("240");
        assertThat(svg.attr("alt")).as("decorative beside the linked title").isEmpty();
        assertThat(svg.hasClass("image-fit")).isTrue();
        assertThat(svg.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void eachTopLevelRegionHasABlockOfItsNewestPiecesNotShownAbove() {
        TestSite site = site();
        site.buildOk();
        Document home = site.page("");
        assertThat(home.select(".region-block-title a").eachText()).containsExactly("Europe", "Middle East");
        Element europe = home.selectFirst(".region-block");
        assertThat(europe.selectFirst(".region-block-title a").attr("href")).isEqualTo("regions/europe/index.html");
        // Europe rolls up Ukraine: p2, p4, p6, p7 (chart), p8. Of those only p2 is not higher up the page.
        assertThat(europe.select(".region-block-list a").eachText()).containsExactly("Piece 2");
        assertThat(europe.selectFirst(".region-block-more").text()).isEqualTo("All 5 pieces on Europe");
        assertThat(europe.selectFirst(".region-block-list time").attr("datetime")).isEqualTo("2015-01-02");
        Element middleEast = home.select(".region-block").get(1);
        assertThat(middleEast.select(".region-block-list a").eachText()).containsExactly("Piece 1");
    }

    @Test
    void aRegionWhosePiecesAreAllShownAboveStillShowsItsNewest() {
        TestSite site = TestSite.in(dir).file("content/regions/gulf.md", "---\nname: Gulf\n---\n");
        site.article("commentary/a.md", "Alpha", "2015-01-01", "region: Gulf")
                .article("commentary/b.md", "Beta", "2015-01-02", "region: Gulf")
                .buildOk();
        Document home = site.page("");
        assertThat(home.select(".region-block-list a").eachText()).containsExactly("Beta", "Alpha");
    }

    @Test
    void aPieceFiledUnderTwoRegionsShowsInTheFirstBlockOnly() {
        TestSite site = TestSite.in(dir).file("content/regions/europe.md", "---\nname: Europe\n---\n")
                .file("content/regions/middle-east.md", "---\nname: Middle East\n---\n");
        for (int i = 1; i <= 7; i++) site.article("commentary/n" + i + ".md", "Newer " + i, "2016-01-0" + i);
        site.article("commentary/both.md", "Both", "2015-01-02", "regions: [Europe, Middle East]")
                .article("commentary/mid.md", "Middle only", "2015-01-01", "region: Middle East")
                .buildOk();
        Document home = site.page("");
        assertThat(home.select(".region-block").eachText()).hasSize(2);
        assertThat(home.select(".region-block").get(0).select(".region-block-list a").eachText()).containsExactly("Both");
        assertThat(home.select(".region-block").get(1).select(".region-block-list a").eachText()).containsExactly("Middle only");
    }

    @Test
    void aFeaturedSvgGetsTheBoxSizeAndIsShownWhole() {
        TestSite site = TestSite.in(dir)
                .file("content/commentary/chart/chart.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"><rect width=\"40\" height=\"30\"/></svg>")
                .article("commentary/chart/index.md", "Chart", "2015-01-01", "image: chart.svg", "image_alt: A bar chart")
                .article("commentary/newer.md", "Newer", "2015-01-02");
        site.buildOk();
        Element img = site.page("").selectFirst(".featured img");
        assertThat(img.attr("src")).isEqualTo("commentary/chart/chart.svg");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(img.hasClass("image-fit")).as("a chart is not cropped").isTrue();
        assertThat(img.attr("alt")).isEqualTo("A bar chart");
    }

    @Test
    void featuredMustBeTrueOrFalse() {
        TestSite site = site("featured: yes");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.problems()).containsExactly(
                "commentary/p5.md:5: `featured` must be `true` or `false` — write `featured: true`");
    }
}
