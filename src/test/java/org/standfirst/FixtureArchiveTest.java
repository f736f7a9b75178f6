package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.HtmlValidator;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/**
 * The tests' own archive (a copy of the sample archive), built with the default theme exactly as a user
 * would: everything a newcomer should see is there, every article page is complete, and the whole site
 * links up and is valid HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureArchiveTest {
    TestSite site;
    TestSite.Run run;
    List<Document> articles;

    @BeforeAll
    void build(@TempDir Path dir) {
        site = TestSite.in(dir);
        TestSite.copyTree(TestSite.FIXTURE_ARCHIVE, site.content());
        run = site.buildOk();
        articles = LinkChecker.htmlFiles(site.output()).stream()
                .map(p -> site.page(site.output().relativize(p).toString()))
                .filter(d -> d.body().hasClass("page-article")).toList();
    }

    @Test
    void buildsWithoutAnyProblem() {
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Built \\d+ pages from \\d+ pieces into .* in [0-9.]+ s\\.\\R");
    }

    @Test
    void coversWhatANewcomerShouldSee() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(articles.stream().map(d -> d.selectFirst(".article-meta time").attr("datetime").substring(0, 4))
                .distinct()).hasSizeGreaterThanOrEqualTo(3);
        Document authors = site.page("authors/");
        assertThat(authors.select(".people li")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(articles).anyMatch(d -> d.select(".byline a").size() == 2 && d.selectFirst(".byline").text().contains(" and "));
        assertThat(articles).anyMatch(d -> d.select(".author-card-more").text().startsWith("All pieces by"));
        assertThat(articles).anyMatch(d -> d.selectFirst("figure.lead-image img[alt]") != null
                && !d.select("figure.lead-image figcaption").text().isBlank());
        assertThat(articles).anyMatch(d -> d.selectFirst("section.endnotes h2") != null);
        assertThat(articles).anyMatch(d -> d.selectFirst(".article-body table") != null);
        assertThat(site.page("regions/").select("ul.region-tree ul.region-tree li")).isNotEmpty();
    }

    @Test
    void everyArticleHasTheFullAnatomy() {
        for (Document page : articles) {
            String where = page.location();
            List<String> crumbs = page.select(".breadcrumbs li").eachText();
            assertThat(crumbs).as(where).hasSizeGreaterThanOrEqualTo(3);
            assertThat(crumbs.get(0)).as(where).isEqualTo("Home");
            assertThat(crumbs.get(crumbs.size() - 1)).as(where).isEqualTo(page.selectFirst("h1").text());
            assertThat(page.select("h1")).as(where).hasSize(1);
            Element standfirst = page.selectFirst(".standfirst");
            if (standfirst != null) {
                assertThat(standfirst.text()).as(where).isNotBlank();
            } else {
                // A piece imported without an excerpt: its first paragraph is its description, and opens the body.
                String description = page.selectFirst("meta[name=description]").attr("content");
                assertThat(description).as(where).isNotBlank();
                // By its first words: the body's typography turns ' into ’ and -- into –, plain text does not.
                assertThat(page.select(".article-body p").eachText()).as(where)
                        .anyMatch(text -> firstWords(text).equals(firstWords(description)));
            }
            assertThat(page.selectFirst(".article-meta").text()).as(where)
                    .matches("[A-Z][\\w ]*, \\d{1,2} (January|February|March|April|May|June|July|August|September"
                            + "|October|November|December) \\d{4}( Updated .*)? · \\d+ min read");
            assertThat(crumbs.get(1)).as(where).isEqualTo(page.selectFirst(".article-meta a").text());
            assertThat(page.select(".article-body p")).as(where).hasSizeGreaterThan(3);
            for (Element card : page.select(".author-card")) {
                assertThat(card.selectFirst(".author-card-name a").attr("href")).as(where).contains("authors/");
            }
            assertThat(page.select(".related li.piece")).as(where).hasSizeBetween(1, 3);
        }
    }

    private static List<String> firstWords(String text) {
        List<String> words = List.of(text.split("[^\\p{L}\\p{N}]+"));
        return words.subList(0, Math.min(6, words.size()));
    }

    @Test
    void everyInternalLinkAndAssetResolvesFromDisk() {
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
        assertThat(LinkChecker.rootRelativeLinks(site.output())).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() {
        assertThat(HtmlValidator.errors(site.output(), LinkChecker.htmlFiles(site.output()))).isEmpty();
    }
}
