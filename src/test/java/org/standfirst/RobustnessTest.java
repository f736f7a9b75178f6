package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.search.BodyTexts;
import org.standfirst.support.TestSite;

/**
 * Hostile sizes and shapes either render or fail with a clear message, quickly. The timeout guards
 * against a hang, with room for a busy shared machine; it measures nothing.
 */
@Timeout(value = 90)
class RobustnessTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir);
    }

    private static String frontMatter(String title) {
        return "---\ntitle: " + title + "\ndate: 2014-01-01\n---\n";
    }

    @Test
    void twentyThousandNestedBlockQuotesAreAClearError() {
        site.file("content/c/quotes.md", frontMatter("Quotes") + ">".repeat(20_000) + " deep\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.problems()).containsExactly(
                "c/quotes.md:5: lists or block quotes are nested more than 100 levels deep — flatten the nesting; no reader can follow it anyway");
    }

    @Test
    void tenThousandListLevelsAreAClearError() {
        site.file("content/c/lists.md", frontMatter("Lists") + "Intro.\n\n" + "- ".repeat(10_000) + "item\n");
        assertThat(site.build().problems()).containsExactly(
                "c/lists.md:7: lists or block quotes are nested more than 100 levels deep — flatten the nesting; no reader can follow it anyway");
        StringBuilder indented = new StringBuilder(frontMatter("Indented"));
        for (int i = 0; i < 300; i++) indented.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        site.delete("content/c/lists.md").file("content/c/indented.md", indented.toString());
        assertThat(site.build().problems()).singleElement().asString().startsWith("c/indented.md:105: lists or block quotes");
    }

    @Test
    void reasonableNestingStillRenders() {
        site.file("content/c/ok.md", frontMatter("Nested") + "> > > quoted thrice\n\n" + "- a\n  - b\n    - c\n").buildOk();
        assertThat(site.page("c/ok/").select(".article-body blockquote blockquote blockquote")).hasSize(1);
        assertThat(site.page("c/ok/").select(".article-body ul ul ul li").text()).isEqualTo("c");
    }

    @Test
    void aFiveThousandAuthorPieceRendersWithShortBylinesInListings() {
        StringBuilder text = new StringBuilder("---\ntitle: Big report\ndate: 2014-01-01\nauthors:\n");
        for (int i = 0; i < 5_000; i++) text.append("  - Author ").append(i).append('\n');
        site.file("content/reports/big.md", text.append("---\nBody.\n").toString());
        site.buildOk();
        assertThat(site.page("reports/big/").select(".author-card")).hasSize(5_000);
        assertThat(site.page("authors/author-4999/").selectFirst(".piece-authors").text())
                .isEqualTo("Author 0, Author 1, Author 2, Author 3, Author 4 and 4995 others");
    }

    /**
     * A piece far longer than any report (2 MB of Markdown, some 300,000 words) renders to the last
     * paragraph. A step quadratic in the body's characters would not finish within the class's timeout
     * at this size, so a larger piece would prove nothing more; it would only take longer and need more
     * of the test JVM's memory.
     */
    @Test
    void aTwoMegabyteArticleRendersWhole() {
        String paragraph = "Lorem ipsum dolor sit amet, *consectetur* adipiscing [elit](https://example.org). ".repeat(20) + "\n\n";
        int paragraphs = 2_000_000 / paragraph.length();
        site.file("content/c/big.md", frontMatter("Big") + paragraph.repeat(paragraphs)).buildOk();
        Document page = site.page("c/big/");
        assertThat(page.select(".article-body > p")).hasSize(paragraphs);
        assertThat(page.select(".article-body > p:last-child em")).hasSize(20);
        // Searchable too: its words are in the index, its result fragment stays small, and the text its
        // excerpt is cut from stops at a bound, not at the end of 2 MB.
        assertThat(site.output().resolve("search/t/c.js")).content().contains("\"consectetur\"");
        assertThat(site.output().resolve("search/d/0.js")).satisfies(part -> assertThat(Files.size(part)).isLessThan(2_000));
        assertThat(BodyTexts.of(site.output(), 0)).startsWith("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
                .hasSizeBetween(39_000, 40_000);
    }
}
