package org.standfirst.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What flexmark's HTML-to-Markdown converter gets wrong by default, and the front-matter writer. */
class ImportBodyConverterTest {
    private final BodyConverter converter = new BodyConverter();

    private String convert(String html) {
        return converter.convert(BodyConverter.parseFragment(html, "https://old.example.org/").body());
    }

    @Test
    void headerCellsInBodyRowsBecomeBoldCellsAndTheFirstRowIsTheHeader() {
        assertThat(convert("<table><tr><td>Country</td><td>Troops</td></tr><tr><th>Iraq</th><td>1,200</td></tr></table>"))
                .isEqualTo("| Country  | Troops |\n|----------|--------|\n| **Iraq** | 1,200  |\n");
    }

    @Test
    void captionsAreTheirOwnParagraphAfterTheImage() {
        assertThat(convert("<figure><img src=\"map.jpg\" alt=\"Map\"><figcaption>The front line</figcaption></figure>"))
                .isEqualTo("![Map](map.jpg)\n\n*The front line*\n");
    }

    @Test
    void superscriptStaysHtmlAndBracketsAreNotEscaped() {
        assertThat(convert("<p>CO<sub>2</sub> rose 3<sup>rd</sup> [sic] [audio src=\"a.mp3\"] and [ alone</p>"))
                .isEqualTo("CO<sub>2</sub> rose 3<sup>rd</sup> [sic] [audio src=\"a.mp3\"] and [ alone\n");
    }

    @Test
    void iframesBecomeALinkNamedByTheirTitle() {
        assertThat(convert("<p>Before.</p><iframe src=\"https://www.youtube.com/embed/x\" title=\"The briefing\"></iframe><p>After.</p>"))
                .isEqualTo("Before.\n\n[The briefing](https://www.youtube.com/embed/x)\n\nAfter.\n");
        assertThat(convert("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>"))
                .isEqualTo("[Embedded content on player.vimeo.com](https://player.vimeo.com/video/1)\n");
    }

    @Test
    void quotesListsAndDebrisKeepTheirStructure() {
        assertThat(convert("<div class=\"entry\"><blockquote><p>One.</p><p>Two.</p></blockquote><ul><li>a<ul><li>b</li></ul></li></ul>"
                + "<script>alert(1)</script><!-- wp:paragraph --><p style=\"x\">Para</p><!-- /wp:paragraph --></div>"))
                .isEqualTo("> One.\n>\n> Two.\n\n* a\n  * b\n\nPara\n");
    }

    @Test
    void nestedTablesAndDeepNestingAreFlattenedQuickly() {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 30; i++) nested.append("<table><tr><td>cell ").append(i);
        for (int i = 0; i < 30; i++) nested.append("</td></tr></table>");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 3000; i++) deep.append(i % 2 == 0 ? "<blockquote><div>" : "<ul><li><em>");
        deep.append("deep text");
        String html = nested + deep.toString();
        // A guard against a hang, not a measure of speed: a conversion that went exponential in the depth
        // (2^30 for the tables) would never end, while a busy shared machine may well slow a good one tenfold.
        String markdown = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> convert(html));
        assertThat(markdown).contains("cell 0", "cell 29", "deep text");
    }

    @Test
    void frontMatterReadsBackAsTheSameValues() {
        String tricky = "Yes: \"no\" # not a comment \\ tab\t, line\nbreak, \u0007bell, null, 2014-06-17, - [x] {y} & *z ’ عربي 🙂";
        String document = new FrontMatterWriter().text("title", tricky).list("topics", List.of("no", "true", "1.5", "a, b"))
                .dateTime("date", OffsetDateTime.of(2014, 6, 17, 10, 30, 0, 0, ZoneOffset.ofHours(1)))
                .date("updated", LocalDate.of(2014, 7, 3)).flag("draft", true).blockList("aliases", List.of("/?p=1"))
                .document("Body.");
        String yaml = document.substring(4, document.indexOf("\n---\n") + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        assertThat(values).containsEntry("title", tricky).containsEntry("topics", List.of("no", "true", "1.5", "a, b"))
                .containsEntry("date", "2014-06-17T09:30:00Z").containsEntry("updated", "2014-07-03")
                .containsEntry("draft", true).containsEntry("aliases", List.of("/?p=1"));
        assertThat(document).endsWith("---\n\nBody.\n");
    }
}
