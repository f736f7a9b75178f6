package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** Bodies inside feeds: every link absolute, fragments included, and no id twice in one feed. */
class FeedBodiesTest {
    @TempDir
    Path dir;

    @Test
    void endnoteLinksLeadToThePageAndNoIdRepeatsInAFeed() throws Exception {
        String body = "\n\nA claim.[^1] Another.[^2] See [the data](#data).\n\n## Data {#data}\n\nFigures.\n\n"
                + "[^1]: First source.\n[^2]: Second source.\n";
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: T\nbase_url: https://example.org/archive/\n")
                .file("content/commentary/a.md", "---\ntitle: A\ndate: 2020-01-01\n---" + body)
                .file("content/commentary/b.md", "---\ntitle: B\ndate: 2020-01-02\n---" + body);
        site.buildOk();
        Document feed = Jsoup.parse(Files.readString(site.output().resolve("feed.xml")), "", Parser.xmlParser());
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Element content : feed.select("entry > content")) {
            Document html = Jsoup.parseBodyFragment(content.text());
            html.select("[id]").forEach(e -> ids.add(e.id()));
            html.select("a[href]").forEach(a -> links.add(a.attr("href")));
        }
        assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("https://example.org/archive/commentary/"));
        assertThat(links).contains("https://example.org/archive/commentary/a/#fn-1", "https://example.org/archive/commentary/b/#fn-1");
        assertThat(ids).doesNotHaveDuplicates();
        // The page keeps its ids, which the feed's links lead to.
        assertThat(site.page("commentary/a/").getElementById("fn-1")).isNotNull();
    }

    @Test
    void aSiteAtASubPathIsToldOnceWhereCrawlersLookForRobotsTxt() {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: T\nbase_url: https://example.org/archive/\n")
                .article("commentary/a.md", "A", "2020-01-01");
        assertThat(site.buildOk().problems()).containsExactly("site.yml:2: warning: the site lives at a sub-path (/archive/), "
                + "but crawlers read robots.txt only at https://example.org/robots.txt, not at "
                + "https://example.org/archive/robots.txt — add the line `Sitemap: https://example.org/archive/sitemap.xml` "
                + "to https://example.org/robots.txt");
        assertThat(site.buildOk("--base-url", "https://example.org/").problems()).isEmpty();
    }
}
