package org.standfirst.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordPress's paragraph rules, as the converter needs them. */
class ImportAutopTest {
    @Test
    void blankLinesMakeParagraphsAndSingleNewlinesLineBreaks() {
        assertThat(Autop.apply("One\ntwo\n\nThree")).isEqualTo("<p>One<br />\ntwo</p>\n<p>Three</p>\n");
    }

    @Test
    void blockElementsAreNotWrappedAndPreKeepsItsNewlines() {
        String html = Autop.apply("Intro\n<blockquote>Quoted\n\nagain</blockquote>\n<pre>a\n\nb</pre>\n<ul>\n<li>x</li>\n</ul>");
        assertThat(html).contains("<p>Intro</p>", "<blockquote>", "<p>Quoted</p>", "<p>again</p>", "<pre>a\n\nb</pre>")
                .doesNotContain("<p><ul>", "<p><blockquote>", "<br />\n<li>");
    }

    @Test
    void blockEditorContentIsRecognised() {
        assertThat(Autop.hasBlocks("<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->")).isTrue();
        assertThat(Autop.hasBlocks("Plain\n\ntext")).isFalse();
    }
}
