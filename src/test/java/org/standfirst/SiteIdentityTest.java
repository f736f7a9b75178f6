package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;

/** site.yml's logo, favicon, share image, footer and time zone, and the share tags of every page. */
class SiteIdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><rect width="200" height="40"/></svg>
            """;

    @TempDir
    Path dir;

    private TestSite site(String extraConfig) {
        return TestSite.in(dir)
                .file("content/site.yml", """
                        title: Test Institute
                        base_url: https://example.org/
                        language: en-GB
                        organisation:
                          name: The Test Institute
                        logo: static/logo.svg
                        favicon: static/icon.png
                        share_image: static/share.jpg
                        footer:
                          links:
                            Contact: /contact/
                            Privacy: https://example.org/privacy/
                          social:
                            - https://x.com/testinst
                            - https://www.linkedin.com/company/test/
                        """ + extraConfig)
                .file("content/static/logo.svg", LOGO)
                .bytes("content/static/icon.png", TestImages.drawn(256, 256, "png"))
                .bytes("content/static/share.jpg", TestImages.drawn(1600, 900, "jpg"))
                .file("content/static/contact/index.html", "<!DOCTYPE html><title>Contact</title>")
                .file("content/static/chart.svg", LOGO)
                .article("commentary/mosul.md", "Mosul", "2014-06-17", "author: Amira Haddad", "region: Iraq", "topics: [Defence]")
                .article("commentary/chart.md", "Chart", "2016-07-04", "image: /chart.svg", "image_alt: A chart");
    }

    @Test
    void theLogoFaviconAndFooterComeFromSiteYml() throws Exception {
        TestSite site = site("");
        site.buildOk();
        Document home = site.page("");
        Element logo = home.selectFirst(".site-title img.site-logo");
        assertThat(logo.attr("src")).isEqualTo("logo.svg");
        assertThat(logo.attr("alt")).isEqualTo("The Test Institute");
        assertThat(logo.attr("width")).isEqualTo("200");
        assertThat(logo.attr("height")).isEqualTo("40");
        assertThat(home.select("link[rel=icon]").attr("href")).isEqualTo("resized/icon-32x32.png");
        assertThat(home.select("link[rel=apple-touch-icon]").attr("sizes")).isEqualTo("180x180");
        assertThat(TestImages.size(Files.readAllBytes(site.output().resolve("resized/icon-180x180.png")))).containsExactly(180, 180);
        byte[] ico = Files.readAllBytes(site.output().resolve("favicon.ico"));
        assertThat(new byte[] {ico[0], ico[1], ico[2], ico[3]}).containsExactly(0, 0, 1, 0);
        assertThat(home.select(".footer-links a")).extracting(Element::text).containsExactly("Contact", "Privacy");
        assertThat(home.select(".footer-social a")).extracting(Element::text).containsExactly("X", "LinkedIn");
        assertThat(home.selectFirst(".footer-copyright").text()).isEqualTo("© The Test Institute 2014–2016");
    }

    @Test
    void everyIndexablePageHasShareTagsWithTheSiteImage() {
        TestSite site = site("");
        site.buildOk();
        for (String path : List.of("", "commentary/", "regions/", "regions/iraq/", "authors/", "authors/amira-haddad/",
                "topics/", "topics/defence/", "archive/", "archive/2014/", "commentary/chart/")) {
            Document page = site.page(path);
            for (String property : List.of("og:title", "og:type", "og:url", "og:site_name", "og:locale", "og:image",
                    "og:image:width", "og:image:height", "og:image:alt")) {
                assertThat(page.select("meta[property=" + property + "]")).as(path + " " + property).hasSize(1);
            }
            for (String name : List.of("twitter:card", "twitter:title", "twitter:image", "twitter:image:alt")) {
                assertThat(page.select("meta[name=" + name + "]")).as(path + " " + name).hasSize(1);
            }
            assertThat(page.select("meta[name=twitter:site]").attr("content")).isEqualTo("@testinst");
            assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
            // An SVG lead image is no share card: the site's image stands in.
            assertThat(page.select("meta[property=og:image]").attr("content"))
                    .isEqualTo("https://example.org/resized/share-1200x630.jpg");
        }
        assertThat(site.page("").select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(site.page("authors/amira-haddad/").select("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(site.page("commentary/chart/").select("meta[property=og:type]").attr("content")).isEqualTo("article");
    }

    @Test
    void theNotFoundPageIsNeitherIndexedNorShared() {
        TestSite site = site("");
        site.buildOk();
        Document page = site.page("404.html");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[property^=og:]")).isEmpty();
    }

    @Test
    void jsonLdNamesThePublishersLogoAndProfilesAndDatesInTheSitesZone() throws Exception {
        TestSite site = site("timezone: Europe/London\n");
        site.buildOk();
        JsonNode article = JSON.readTree(site.page("commentary/chart/").selectFirst("script[type=application/ld+json]").data())
                .get("@graph").get(0);
        // 4 July is in British Summer Time; a date alone is published at noon.
        assertThat(article.get("datePublished").asText()).isEqualTo("2016-07-04T12:00:00+01:00");
        assertThat(article.get("publisher").get("logo").get("url").asText()).isEqualTo("https://example.org/logo.svg");
        assertThat(article.get("publisher").get("sameAs")).extracting(JsonNode::asText)
                .containsExactly("https://x.com/testinst", "https://www.linkedin.com/company/test/");
        assertThat(article.get("image")).extracting(JsonNode::asText)
                .containsExactly("https://example.org/resized/share-1200x630.jpg");
        assertThat(site.page("commentary/mosul/").select("meta[property=article:published_time]").attr("content"))
                .isEqualTo("2014-06-17T12:00:00+01:00");
    }

    @Test
    void missingOrUnsuitableIdentityFilesAreProblemsAtTheirLine() {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", """
                        title: Test Institute
                        logo: static/missing.svg
                        favicon: images/icon.png
                        share_image: static/share.svg
                        timezone: Mars/Olympus
                        """)
                .file("content/static/share.svg", LOGO)
                .article("commentary/mosul.md", "Mosul", "2014-06-17");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.problems()).contains(
                "site.yml:2: the file `static/missing.svg` does not exist — put the file at content/static/missing.svg or fix the path",
                "site.yml:3: `favicon: images/icon.png` is not a file in content/static/ — name a file of the static folder "
                        + "from the content folder, e.g. `favicon: static/favicon.svg`",
                "site.yml:4: `share_image: static/share.svg` is not a JPEG or PNG file — social platforms show no SVG: use a "
                        + "JPEG or PNG of at least 1200×630 pixels for share cards of pages without a lead image",
                "site.yml:5: `timezone: Mars/Olympus` is not a time zone — write an IANA zone name, e.g. `timezone: Europe/London`, or `UTC`");
    }

    @Test
    void aDamagedFaviconIsAProblemAtItsLineInSiteYml() {
        TestSite site = site("").bytes("content/static/icon.png", "not a PNG".getBytes());
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.problems()).anySatisfy(line -> assertThat(line).startsWith("site.yml:7: the image `icon.png` cannot be used"));
    }
}
