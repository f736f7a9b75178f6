package org.standfirst.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.standfirst.model.SiteConfig.RawHtml;

/**
 * Markdown to HTML with the archive's extensions: tables, footnotes (rendered as endnotes under a
 * "Notes" heading), typographic quotes and dashes, heading ids, autolinks and strikethrough.
 * Parser and renderer are built once and shared between threads (flexmark allows it); what differs
 * per body (where its links point) travels on the parsed document.
 */
public final class MarkdownRenderer {
    private static final String FLEXMARK_NOTES_OPEN = "<div class=\"footnotes\">\n<hr />\n";
    private static final String NOTES_OPEN =
            "<section class=\"endnotes\" aria-labelledby=\"endnotes\">\n<h2 id=\"endnotes\">Notes</h2>\n";
    private static final NullableDataKey<BodyLinks> LINKS = new NullableDataKey<>("STANDFIRST_BODY_LINKS");
    private static final NullableDataKey<LineNumbers> LINES = new NullableDataKey<>("STANDFIRST_BODY_LINES");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnoteExtension.create(),
            TypographicExtension.create(), StrikethroughExtension.create());

    /** jsoup's relaxed safelist, plus what our own Markdown output needs (heading ids, endnotes). */
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("section", "del", "s", "hr", "figure", "figcaption", "abbr")
            .addAttributes(":all", "id", "class")
            .addAttributes("section", "aria-labelledby")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("abbr", "title")
            .preserveRelativeLinks(true);

    private final Parser parser;
    /** The same parser without the autolink extension: see {@link #parse}. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;
    private final boolean alwaysAutolink;

    public MarkdownRenderer() {
        this(RawHtml.KEEP);
    }

    public MarkdownRenderer(RawHtml rawHtml) {
        this(rawHtml, false);
    }

    /** @param alwaysAutolink parse every body with the autolink extension (for tests that compare) */
    MarkdownRenderer(RawHtml rawHtml, boolean alwaysAutolink) {
        this.rawHtml = rawHtml;
        this.alwaysAutolink = alwaysAutolink;
        List<Extension> all = new ArrayList<>(EXTENSIONS);
        all.add(AutolinkExtension.create());
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, all)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE)
                // flexmark silently drops javascript: links; BodyLinks reports them instead.
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)")
                .set(TablesExtension.CLASS_NAME, "data-table")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E")
                .set(FootnoteExtension.FOOTNOTE_LINK_REF_CLASS, "endnote-ref")
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "endnote-backref");
        parser = Parser.builder(options).build();
        parserWithoutAutolinks = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, EXTENSIONS)).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new LinkChecking()).build();
    }

    /**
     * The body parsed as with every extension. flexmark's autolink extension scans all text for
     * addresses, a large part of the work of parsing a body (and bodies are much of a clean build),
     * and most bodies have none. So a body is parsed without it, and again with it only when some text
     * could hold an address; when none can, the extension would change nothing, and the HTML is the same.
     */
    private Document parse(String markdown) {
        if (alwaysAutolink) return parser.parse(markdown);
        Document document = parserWithoutAutolinks.parse(markdown);
        return mayAutolink(document) ? parser.parse(markdown) : document;
    }

    /**
     * Whether the autolink extension could link anything in this document: it links text outside code
     * and links (with the typographic quotes and dashes that follow it) holding "://" (a URL), "www."
     * or "@" (an e-mail address), after undoing backslash escapes and entities. Any of these, a
     * backslash or an ampersand in that text (all of it joined, so nothing hides at a seam) says it could.
     */
    static boolean mayAutolink(Document document) {
        StringBuilder text = new StringBuilder();
        collectText(document, text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\\' || c == '&') return true;
            if (c == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
            if ((c == 'w' || c == 'W') && i + 3 < text.length() && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')
                    && (text.charAt(i + 2) == 'w' || text.charAt(i + 2) == 'W') && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads flexmark's classes by rendering a small document that uses every extension. A build calls
     * it on a spare thread while content is read: the first body a rebuild renders (often its only
     * one) then does not wait for a cold Markdown renderer.
     */
    public static void warmUp() {
        String html = new MarkdownRenderer().render(String.join("\n",
                "## A heading", "",
                "A paragraph with *emphasis*, **strong**, ~~struck~~, `code`, \"quotes\" -- a dash, a [link](page/)",
                "and https://example.org/ as text.[^1]", "",
                "1. One", "2. Two", "", "> A quotation.", "",
                "| Year | Value |", "|---|---:|", "| 2014 | 1.5 |", "",
                "[^1]: An endnote.", ""));
        AtomFeed.absoluteLinks(html, "https://example.org/warm-up/"); // as a feed carries a body
    }

    /** Renders Markdown that has no page of its own to link from (bios, descriptions). */
    public String render(String markdown) {
        return render(markdown, null);
    }

    String render(String markdown, BodyLinks links) {
        Document document = parse(markdown);
        if (links != null) {
            document.set(LINKS, links);
            document.set(LINES, new LineNumbers(markdown));
        }
        String html = endnotes(renderer.render(document));
        return scrollableTables(rawHtml == RawHtml.SANITIZE ? sanitise(html) : html);
    }

    private static final Pattern TABLE_OPEN = Pattern.compile("<table(?=[\\s>])");

    /**
     * Wraps each table in a region a keyboard can reach and scroll: on phones a wide table scrolls
     * sideways inside it. The region is named so screen readers can tell one table from another.
     */
    static String scrollableTables(String html) {
        if (!html.contains("<table")) return html;
        Matcher open = TABLE_OPEN.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 128);
        int n = 0;
        while (open.find()) {
            open.appendReplacement(out, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table "
                    + ++n + "\"><table");
        }
        open.appendTail(out);
        return out.toString().replace("</table>", "</table></div>");
    }

    /** The text and typographic nodes below {@code node}, but (as the extension does) not in code or links. */
    private static void collectText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof TypographicText) text.append(child.getChars());
            if (!(child instanceof DoNotDecorate || child instanceof DoNotLinkDecorate)) collectText(child, text);
        }
    }

    private static String endnotes(String html) {
        int notes = html.lastIndexOf(FLEXMARK_NOTES_OPEN);
        if (notes < 0) return html;
        int close = html.lastIndexOf("</div>");
        return html.substring(0, notes) + NOTES_OPEN + html.substring(notes + FLEXMARK_NOTES_OPEN.length(), close)
                + "</section>" + html.substring(close + "</div>".length());
    }

    private static String sanitise(String html) {
        OutputSettings settings = new OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://relative.invalid/", SAFE, settings);
    }

    /** Hands every link and image of a body to its {@link BodyLinks}, when it has one. */
    private static final class LinkChecking extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            BodyLinks links = LINKS.get(context.getDocument());
            if (links == null) {
                return (node, ctx, link) -> BodyLinks.runsScript(link.getUrl()) ? link.withUrl("#") : link;
            }
            LineNumbers lines = LINES.get(context.getDocument());
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) ->
                    link.withUrl(links.resolve(link.getUrl(), lines.of(node.getStartOffset())));
        }
    }
}
