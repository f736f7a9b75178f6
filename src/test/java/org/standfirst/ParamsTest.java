package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** Keys of one's own live under `params:`, and templates read them there, escaped like every text from content. */
class ParamsTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.in(dir);
        Path article = dir.resolve("templates/article.peb");
        Files.writeString(article, Files.readString(article).replace("{% block content %}", """
                {% block content %}
                <div id="params">
                {% if article.params.series is defined %}<p class="series">{{ article.params.series }}</p>{% endif %}
                {% for source in article.params.sources | default([]) %}<p class="source">{{ source }}</p>{% endfor %}
                {% if article.params.event is defined %}<p class="place">{{ article.params.event.place }}</p>{% endif %}
                <p class="site">{{ site.params.twitter | default("none") }}</p>
                {% for author in article.authors %}<p class="orcid">{{ author.params.orcid | default("") }}</p>{% endfor %}
                </div>
                """));
        site.file("content/site.yml", "title: T\nparams:\n  twitter: \"@institute\"\n")
                .file("content/authors/amira-haddad.md", "---\nname: Amira Haddad\nparams:\n  orcid: 0000-0002-1825-0097\n---\n");
    }

    @Test
    void templatesReadThePiecesTheProfilesAndTheSitesParams() {
        site.article("commentary/a.md", "A", "2014-01-01", "author: Amira Haddad", "params:", "  series: Gulf <security>",
                "  sources: [Reuters, AP]", "  event:", "    place: Doha");
        site.buildOk();
        Document page = site.page("commentary/a/");
        assertThat(page.select("#params .series").text()).isEqualTo("Gulf <security>");
        assertThat(page.select("#params .series").html()).isEqualTo("Gulf &lt;security&gt;"); // escaped, not markup
        assertThat(page.select("#params .source").eachText()).containsExactly("Reuters", "AP");
        assertThat(page.select("#params .place").text()).isEqualTo("Doha");
        assertThat(page.select("#params .site").text()).isEqualTo("@institute");
        assertThat(page.select("#params .orcid").text()).isEqualTo("0000-0002-1825-0097");
    }

    @Test
    void aPieceWithoutParamsRendersWithoutThem() {
        site.article("commentary/a.md", "A", "2014-01-01");
        site.buildOk();
        assertThat(site.page("commentary/a/").select("#params p").eachText()).containsExactly("@institute");
    }

    @Test
    void editingAParamRebuildsThePageAsACleanBuildWould() {
        site.article("commentary/a.md", "A", "2014-01-01", "params:", "  series: One").settle();
        site.buildOk();
        site.article("commentary/a.md", "A", "2014-01-01", "params:", "  series: Two");
        site.buildOk();
        assertThat(site.page("commentary/a/").select("#params .series").text()).isEqualTo("Two");
    }
}
