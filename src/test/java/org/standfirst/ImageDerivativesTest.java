package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;

/** Lead, body and author images through the real build: scaled copies, srcset, the build cache. */
class ImageDerivativesTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .file("content/site.yml", "title: Test Institute\nbase_url: https://example.org/\n")
                .file("content/commentary/mosul/index.md", """
                        ---
                        title: Mosul
                        date: 2014-06-17
                        author: Amira Haddad
                        image: lead.jpg
                        image_alt: The river at dusk
                        ---

                        The body.

                        ![A chart of the front line](chart.png)

                        ![A photograph from elsewhere](https://images.example.org/front.jpg)
                        """)
                .bytes("content/commentary/mosul/lead.jpg", TestImages.drawn(2000, 1000, "jpg"))
                .bytes("content/commentary/mosul/chart.png", TestImages.drawn(700, 400, "png"))
                .file("content/authors/amira-haddad.md", "---\nname: Amira Haddad\nphoto: amira.jpg\n---\nAmira writes.\n")
                .bytes("content/authors/amira.jpg", TestImages.drawn(400, 400, "jpg"));
    }

    @Test
    void aLeadImageIsServedScaledWithSrcsetAndItsSize() {
        TestSite site = site();
        site.buildOk();
        Element img = site.page("commentary/mosul/").selectFirst("figure.lead-image img");
        assertThat(img.attr("src")).isEqualTo("../../resized/commentary/mosul/lead-1600.jpg");
        assertThat(img.attr("srcset")).isEqualTo("../../resized/commentary/mosul/lead-320.jpg 320w, ../../resized/commentary/mosul/lead-480.jpg 480w, "
                + "../../resized/commentary/mosul/lead-960.jpg 960w, ../../resized/commentary/mosul/lead-1600.jpg 1600w");
        assertThat(img.attr("sizes")).isNotEmpty();
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.hasAttr("loading")).as("the lead image is on the first screen").isFalse();
        for (String width : new String[] {"480", "960", "1600"}) {
            assertThat(site.output().resolve("resized/commentary/mosul/lead-" + width + ".jpg")).isRegularFile();
        }
    }

    @Test
    void bodyImagesAndAuthorPhotosAreScaledAndLoadLazily() throws IOException {
        TestSite site = site();
        site.buildOk();
        Document page = site.page("commentary/mosul/");
        Element body = page.selectFirst(".article-body img");
        assertThat(body.attr("srcset")).contains("chart-480.png 480w").contains("chart-700.png 700w");
        assertThat(body.attr("width")).isEqualTo("700");
        assertThat(body.attr("height")).isEqualTo("400");
        assertThat(body.attr("loading")).isEqualTo("lazy");
        assertThat(body.attr("alt")).isEqualTo("A chart of the front line");
        // Another site's image is left as it is.
        Element external = page.select(".article-body img").last();
        assertThat(external.attr("src")).isEqualTo("https://images.example.org/front.jpg");
        assertThat(external.hasAttr("srcset")).isFalse();
        Element card = page.selectFirst(".author-card img");
        assertThat(card.attr("loading")).isEqualTo("lazy");
        assertThat(card.attr("srcset")).contains("amira-160.jpg 160w").doesNotContain("480w");
        Element profile = site.page("authors/amira-haddad/").selectFirst("img.profile-photo");
        assertThat(profile.attr("width")).isEqualTo("400");
        assertThat(profile.attr("alt")).isEqualTo("Portrait of Amira Haddad");
        // No copy is wider than its source.
        int[] chart = TestImages.size(Files.readAllBytes(site.output().resolve("resized/commentary/mosul/chart-700.png")));
        assertThat(chart).containsExactly(700, 400);
        assertThat(site.output().resolve("resized/commentary/mosul/chart-960.png")).doesNotExist();
    }

    @Test
    void aRebuildEncodesNothingAndWritesTheSameBytesAsACleanBuild() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, byte[]> first = resized(site.output());
        site.file("content/commentary/other.md", "---\ntitle: Other\ndate: 2015-01-01\n---\nAnother piece.\n");
        TestSite.Run rebuild = site.buildOk("--verbose");
        assertThat(rebuild.out() + rebuild.err()).contains("; 0 image derivatives encoded");
        assertThat(resized(site.output())).usingRecursiveComparison().isEqualTo(first);
        TestSite.Run clean = site.buildOk("--verbose", "--no-cache");
        assertThat(clean.out() + clean.err()).doesNotContain("; 0 image derivatives encoded");
        assertThat(resized(site.output())).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void editingImagesInPlaceRebuildsAsACleanBuildWould() {
        TestSite site = site();
        site.buildOk();
        // Other sizes under the same names: every page that names them must change with them.
        site.bytes("content/commentary/mosul/lead.jpg", TestImages.drawn(1200, 900, "jpg"))
                .bytes("content/authors/amira.jpg", TestImages.drawn(120, 150, "jpg"));
        site.buildOk();
        Path clean = dir.resolve("clean");
        site.buildOk("--output", clean.toString(), "--no-cache");
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(clean));
        assertThat(site.page("commentary/mosul/").selectFirst("figure.lead-image img").attr("height")).isEqualTo("900");
    }

    /**
     * A replaced image makes again the pages that show it (its piece's pages and listings for a lead
     * image, the pages of the bodies that show it), and the rest stay: the output is still a clean build's.
     */
    @Test
    void aReplacedImageMakesAgainOnlyThePagesThatShowIt() {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: T\nbase_url: https://example.org/\npage_size: 3\nlogo: static/images/logo.png\n")
                .article("commentary/alpha.md", "Alpha", "2015-01-10", "image: /images/a.jpg", "image_alt: A river")
                .file("content/commentary/beta.md", "---\ntitle: Beta\ndate: 2015-01-09\n---\nA chart:\n\n![A chart](/images/chart.png)\n")
                .file("content/commentary/gamma.md", "---\ntitle: Gamma\ndate: 2014-01-08\n---\nAlpha's river again:\n\n![A river](/images/a.jpg)\n")
                .bytes("content/static/images/a.jpg", TestImages.drawn(900, 600, "jpg"))
                .bytes("content/static/images/chart.png", TestImages.drawn(700, 400, "png"))
                .bytes("content/static/images/logo.png", TestImages.drawn(300, 100, "png"));
        for (int i = 1; i <= 12; i++) site.article("commentary/plain-" + i + ".md", "Plain " + i, "2013-02-" + (10 + i));
        site.settle().buildOk();
        Path clean = dir.resolve("clean");

        site.bytes("content/static/images/chart.png", TestImages.drawn(500, 300, "png")).settle();
        int chart = site.buildOk().rendered();
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(build(site, clean)));
        assertThat(site.page("commentary/beta/").selectFirst("img[alt='A chart']").attr("width")).isEqualTo("500");

        site.bytes("content/static/images/a.jpg", TestImages.drawn(800, 800, "jpg")).settle();
        int lead = site.buildOk().rendered();
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(build(site, clean)));
        assertThat(site.page("commentary/gamma/").selectFirst("img[alt='A river']").attr("height")).isEqualTo("800");

        site.bytes("content/static/images/logo.png", TestImages.drawn(200, 100, "png")).settle();
        int logo = site.buildOk().rendered();
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(build(site, clean)));
        assertThat(logo).as("every page shows the logo").isGreaterThan(25);
        assertThat(chart).as("pages made again for the chart, of %d for the logo", logo).isLessThan(logo / 3);
        assertThat(lead).as("pages made again for the lead image, of %d for the logo", logo).isLessThan(logo / 2);
    }

    /**
     * A page whose body has just gained an image is keyed by the images it shows now, not those of its last
     * rendering: the build after it keeps the page rather than rendering it a second time.
     */
    @Test
    void aBodyThatGainsAnImageIsRenderedOnceNotTwice() {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: T\nbase_url: https://example.org/\n")
                .file("content/commentary/beta.md", "---\ntitle: Beta\ndate: 2015-01-09\n---\nNo chart yet.\n")
                .bytes("content/static/images/chart.png", TestImages.drawn(700, 400, "png"));
        for (int i = 1; i <= 6; i++) site.article("commentary/plain-" + i + ".md", "Plain " + i, "2013-02-1" + i);
        site.settle().buildOk();
        site.file("content/commentary/beta.md", "---\ntitle: Beta\ndate: 2015-01-09\n---\n![A chart](/images/chart.png)\n")
                .settle().buildOk();

        site.file("content/commentary/plain-1.md", "---\ntitle: Plain one\ndate: 2013-02-11\n---\nBody.\n").settle();
        int afterTheImage = site.buildOk().rendered();
        site.file("content/commentary/plain-1.md", "---\ntitle: Plain first\ndate: 2013-02-11\n---\nBody.\n").settle();
        int again = site.buildOk().rendered();
        assertThat(afterTheImage).as("pages rendered by the same edit, right after beta gained an image and once more")
                .isEqualTo(again);
    }

    private static Path build(TestSite site, Path clean) {
        site.buildOk("--output", clean.toString(), "--no-cache");
        return clean;
    }

    @Test
    void aDamagedImageFailsTheBuildWithItsLineAndLeavesTheOutputAlone() throws IOException {
        TestSite site = site();
        site.buildOk();
        byte[] before = Files.readAllBytes(site.pageFile("commentary/mosul/"));
        site.bytes("content/commentary/mosul/lead.jpg", "this is not a JPEG".getBytes());
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.problems()).anySatisfy(line -> assertThat(line)
                .startsWith("commentary/mosul/index.md:5: the image `commentary/mosul/lead.jpg` cannot be used")
                .contains(" — save it again as a JPEG or PNG file"));
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(site.pageFile("commentary/mosul/"))).isEqualTo(before);
    }

    private static Map<String, byte[]> resized(Path output) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path root = output.resolve("resized");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) out.put(root.relativize(file).toString(), Files.readAllBytes(file));
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}
