package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.standfirst.model.SiteConfig.RawHtml;

/**
 * A body parsed without the autolink extension (when no text could hold an address) becomes the same
 * HTML as one parsed with it; a body whose text could hold one is parsed with it.
 */
class AutolinkShortcutTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final MarkdownRenderer ALWAYS = new MarkdownRenderer(RawHtml.KEEP, true);

    private static final String[] BODIES = {
        "Plain prose: a colon, a [link](https://example.org/a) and a <https://example.org/b> autolink.",
        "## A heading\n\n\"Quotes\" -- dashes... and `code https://in.code/` stay.\n\n[^1]: A note.\n\nText.[^1]",
        "A bare https://example.org/report in the text.",
        "Mail press@example.org for a copy.",
        "Visit www.example.org or WWW.EXAMPLE.ORG today.",
        "An escaped https:\\/\\/example.org/escaped and a mailto:someone.",
        "An entity-hidden address: press&#64;example.org.",
        "[1]: https://example.org/reference\n\nA reference [link][1] only.",
        "[^n]: Available at https://example.org/source (accessed 2014).\n\nClaim.[^n]",
        "| Year | Source |\n|---|---|\n| 2014 | https://example.org/table |",
        "A ](https://example.org/not-a-link with spaces) bracket.",
        "\"https://example.org/quoted\" -- and 'www.example.org'...",
    };

    @Test
    void everyBodyGivesTheSameHtmlAsWithTheExtension() {
        for (String body : BODIES) {
            assertThat(RENDERER.render(body)).as(body).isEqualTo(ALWAYS.render(body));
        }
    }

    @Test
    void onlyTextThatCouldHoldAnAddressNeedsTheExtension() {
        Parser plain = Parser.builder().build();
        assertThat(MarkdownRenderer.mayAutolink(plain.parse(BODIES[0]))).isFalse();
        assertThat(MarkdownRenderer.mayAutolink(plain.parse(BODIES[1]))).isFalse();
        assertThat(MarkdownRenderer.mayAutolink(plain.parse(BODIES[7]))).isFalse();
        for (int i = 2; i <= 5; i++) assertThat(MarkdownRenderer.mayAutolink(plain.parse(BODIES[i]))).as(BODIES[i]).isTrue();
        assertThat(RENDERER.render(BODIES[2])).contains("<a href=\"https://example.org/report\">");
        assertThat(RENDERER.render(BODIES[3])).contains("mailto:press@example.org");
    }
}
