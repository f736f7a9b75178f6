package org.standfirst.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with the archive's extensions: tables, footnotes (rendered as endnotes under a
 * "Notes" heading), typographic quotes and dashes, heading ids, autolinks and strikethrough.
 * Parser and renderer are built once and shared between threads (flexmark allows it).
 */
public final class MarkdownRenderer {
    private static final String FLEXMARK_NOTES_OPEN = "<div class=\"footnotes\">\n<hr />\n";
    private static final String NOTES_OPEN =
            "<section class=\"endnotes\" aria-labelledby=\"endnotes\">\n<h2 id=\"endnotes\">Notes</h2>\n";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        TypographicExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.CLASS_NAME, "data-table")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E")
                .set(FootnoteExtension.FOOTNOTE_LINK_REF_CLASS, "endnote-ref")
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "endnote-backref");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        int notes = html.lastIndexOf(FLEXMARK_NOTES_OPEN);
        if (notes < 0) return html;
        int close = html.lastIndexOf("</div>");
        return html.substring(0, notes) + NOTES_OPEN + html.substring(notes + FLEXMARK_NOTES_OPEN.length(), close)
                + "</section>" + html.substring(close + "</div>".length());
    }
}
