package org.standfirst.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns cleaned HTML into the Markdown of an article body with flexmark's HTML-to-Markdown converter,
 * after {@link HtmlCleaner} has removed what the converter gets wrong by default.
 */
public final class BodyConverter {
    private static final Pattern ESCAPED_BRACKETS = Pattern.compile("\\\\\\[((?:[^\\[\\]\\\\\\n]|\\\\[^\\[\\]])*)\\\\\\](?![(\\[:])");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    // Only whitespace-only lines: two trailing spaces after text are a hard line break (from <br>).
    private static final Pattern TRAILING_SPACES = Pattern.compile("(?m)^[ \\t]+$");

    private final FlexmarkHtmlConverter converter;

    public BodyConverter() {
        MutableDataSet options = new MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
                // Standfirst's Markdown has no superscript or subscript syntax: `^1^` would show as written.
                .set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML)
                .set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML)
                .set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.TEXT)
                .set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0")
                .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0);
        converter = FlexmarkHtmlConverter.builder(options).htmlNodeRendererFactory(EmbedRenderer::new).build();
    }

    /** Parses an HTML fragment (a post's content) into a document whose body holds it. */
    public static Document parseFragment(String html, String baseUri) {
        return Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    }

    /** Cleans the element in place and returns its content as Markdown, ending in one newline (or ""). */
    public String convert(Element root) {
        HtmlCleaner.clean(root);
        String markdown = converter.convert(root);
        return tidy(markdown);
    }

    static String tidy(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        // The converter escapes every bracket; a bracket pair not followed by `(`, `[` or `:` is plain text in
        // CommonMark, so shortcodes and editorial insertions such as [sic] stay readable in the source.
        text = unescapeBrackets(text);
        text = TRAILING_SPACES.matcher(text).replaceAll("");
        text = BLANK_RUNS.matcher(text).replaceAll("\n\n").strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    private static String unescapeBrackets(String text) {
        Matcher m = ESCAPED_BRACKETS.matcher(text);
        StringBuilder paired = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(paired, Matcher.quoteReplacement("[" + m.group(1) + "]"));
        m.appendTail(paired);
        // A lone `[` with no `]` after it on its line cannot open a link either.
        StringBuilder out = new StringBuilder(paired.length());
        for (String line : paired.toString().split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            int at;
            while ((at = line.indexOf("\\[")) >= 0 && line.indexOf(']', at) < 0) {
                line = line.substring(0, at) + line.substring(at + 1);
            }
            out.append(line);
        }
        return out.toString();
    }
}
