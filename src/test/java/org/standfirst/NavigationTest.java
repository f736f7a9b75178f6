package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** The main navigation: plural section names, and the current section marked on every page beneath it. */
class NavigationTest {
    @TempDir
    Path dir;

    private TestSite site(String config) {
        return TestSite.in(dir)
                .file("content/site.yml", "title: T\n" + config)
                .article("reports/oil.md", "Oil", "2015-07-21", "type: Report", "author: Amira Haddad", "region: Iraq")
                .article("briefings/gas.md", "Gas", "2015-07-22", "type: Briefing")
                .article("commentary/mosul.md", "Mosul", "2014-06-17", "topics: [Defence]");
    }

    private static String current(Document page, String value) {
        Element link = page.selectFirst(".site-nav a[aria-current=" + value + "]");
        return link == null ? null : link.text();
    }

    @Test
    void sectionsAreNamedInThePluralAndTheirPiecesInTheSingular() {
        TestSite site = site("");
        site.buildOk();
        Document home = site.page("");
        assertThat(home.select(".site-nav a").eachText()).startsWith("Briefings", "Commentary", "Reports");
        assertThat(site.page("report/").selectFirst("h1").text()).isEqualTo("Reports");
        assertThat(site.page("report/oil/").select(".article-meta a, .piece-type").eachText()).contains("Report");
        // A listing of one type does not repeat the type on every item; a mixed one does.
        assertThat(site.page("report/").select(".piece .piece-type")).isEmpty();
        assertThat(site.page("archive/2015/").select(".piece .piece-type").eachText()).containsExactlyInAnyOrder("Report", "Briefing");
    }

    @Test
    void siteYmlNamesATypeForOnePieceAndForMany() {
        TestSite site = site("types:\n  report:\n    label: Research paper\n    plural: Research and papers\n");
        site.buildOk();
        assertThat(site.page("").select(".site-nav a").eachText()).contains("Research and papers");
        assertThat(site.page("archive/2015/").select(".piece .piece-type").eachText()).contains("Research paper");
    }

    @Test
    void theCurrentSectionIsMarkedOnEveryPageBeneathIt() {
        TestSite site = site("");
        site.buildOk();
        assertThat(current(site.page("report/"), "page")).isEqualTo("Reports");
        assertThat(current(site.page("report/oil/"), "true")).isEqualTo("Reports");
        assertThat(current(site.page("regions/iraq/"), "true")).isEqualTo("Regions");
        assertThat(current(site.page("authors/amira-haddad/"), "true")).isEqualTo("Experts");
        assertThat(current(site.page("topics/defence/"), "true")).isEqualTo("Topics");
        assertThat(current(site.page("archive/2015/"), "true")).isEqualTo("Archive");
        assertThat(site.page("regions/iraq/").select(".site-nav a[aria-current]")).hasSize(1);
    }
}
