package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/** Listings show a small lead-image thumbnail beside the summary of each piece that has a lead image. */
class ListingThumbnailsTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(dir)
                .file("content/site.yml", "title: Test Institute\nbase_url: https://example.org/\n")
                .bytes("content/commentary/hormuz/strait.jpg", TestImages.drawn(1200, 675, "jpg"))
                .article("commentary/hormuz/index.md", "Hormuz", "2019-08-12", "region: Gulf", "author: Ann Bee",
                        "topics: [Shipping]", "image: strait.jpg", "image_alt: A strait between two coasts")
                .article("commentary/oil.md", "Oil", "2019-08-01", "region: Gulf", "author: Ann Bee", "topics: [Shipping]");
        site.buildOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"regions/gulf/", "authors/ann-bee/", "topics/shipping/", "commentary/", "archive/2019/"})
    void aPieceWithALeadImageHasALazyThumbnailWithItsSizeAndOthersHaveNone(String listing) {
        Document page = site.page(listing);
        List<Element> pieces = page.select("main .piece");
        assertThat(pieces).hasSize(2);
        Element thumb = pieces.get(0).selectFirst("img.piece-thumb");
        assertThat(thumb).as("thumbnail of Hormuz on %s", listing).isNotNull();
        assertThat(thumb.attr("srcset")).contains("strait-480.jpg 480w").contains("strait-1200.jpg 1200w");
        assertThat(thumb.attr("sizes")).isNotEmpty();
        assertThat(thumb.attr("width")).isEqualTo("1200");
        assertThat(thumb.attr("height")).isEqualTo("675");
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(pieces.get(1).select("img")).as("Oil has no lead image").isEmpty();
    }

    @Test
    void theThumbnailIsDecorativeBesideTheLinkedTitle() {
        Element piece = site.page("regions/gulf/").selectFirst("main .piece");
        Element thumb = piece.selectFirst("img.piece-thumb");
        assertThat(thumb.hasAttr("alt")).isTrue();
        assertThat(thumb.attr("alt")).isEmpty();
        assertThat(thumb.parent().tagName()).as("not a second link to the piece").isNotEqualTo("a");
        assertThat(piece.selectFirst(".piece-title a").text()).isEqualTo("Hormuz");
    }

    @Test
    void relatedPiecesUnderAnArticleHaveNoThumbnails() {
        Document article = site.page("commentary/oil/");
        assertThat(article.select(".related .piece-title").eachText()).containsExactly("Hormuz");
        assertThat(article.select(".related img")).isEmpty();
    }
}
