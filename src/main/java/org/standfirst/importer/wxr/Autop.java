package org.standfirst.importer.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress stores classic-editor text without {@code <p>}: blank lines are paragraphs and single newlines
 * are line breaks, added at display time by its {@code wpautop()}. This applies the same rules, so the
 * converter sees the paragraphs readers saw. Block-editor content already has its paragraphs (WordPress
 * skips wpautop for it too).
 */
final class Autop {
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
            + "|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
            + "|header|footer|nav|figure|figcaption|details|menu|summary|iframe|object|video|audio)";
    private static final Pattern OPEN_BLOCK = Pattern.compile("(<" + BLOCKS + "[\\s/>])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_BLOCK = Pattern.compile("(</" + BLOCKS + ">)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern P_AROUND_BLOCK_TAG = Pattern.compile("<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern P_BEFORE_BLOCK_TAG = Pattern.compile("<p>\\s*(</?" + BLOCKS + "[^>]*>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern P_AFTER_BLOCK_TAG = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*</p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR_AFTER_BLOCK_TAG = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*<br />", Pattern.CASE_INSENSITIVE);
    private static final Pattern BR_BEFORE_BLOCK_TAG = Pattern.compile("<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKQUOTE_OPEN = Pattern.compile("<p><blockquote([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NEWLINE = Pattern.compile("(?<!<br />)\\s*\\n");

    private Autop() {
    }

    static boolean hasBlocks(String content) {
        return content.contains("<!-- wp:");
    }

    static String apply(String content) {
        if (content.isBlank()) return "";
        // <pre> keeps its newlines: set it aside and put it back at the end.
        List<String> pres = new ArrayList<>();
        String text = replace(PRE.matcher(content.replace("\r\n", "\n").replace('\r', '\n')), m -> {
            pres.add(m.group());
            return "<pre-placeholder-" + (pres.size() - 1) + " />";
        });
        text = OPEN_BLOCK.matcher(text + "\n").replaceAll("\n\n$1");
        text = CLOSE_BLOCK.matcher(text).replaceAll("$1\n\n");
        // Newlines inside tags are not line breaks.
        text = replace(TAG.matcher(text), m -> m.group().replace('\n', ' '));
        StringBuilder out = new StringBuilder();
        for (String chunk : PARAGRAPH_BREAK.split(text)) {
            if (chunk.isBlank()) continue;
            out.append("<p>").append(chunk.strip()).append("</p>\n");
        }
        text = out.toString().replaceAll("<p>\\s*</p>", "");
        text = P_AROUND_BLOCK_TAG.matcher(text).replaceAll("$1");
        // Text written straight inside a blockquote is a paragraph of the quote.
        text = BLOCKQUOTE_OPEN.matcher(text).replaceAll("<blockquote$1><p>");
        text = text.replace("</blockquote></p>", "</p></blockquote>");
        text = P_BEFORE_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = P_AFTER_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = NEWLINE.matcher(text).replaceAll("<br />\n");
        text = BR_AFTER_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = BR_BEFORE_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = text.replaceAll("<br />\\n</p>", "</p>").replaceAll("</p><br />", "</p>");
        for (int i = 0; i < pres.size(); i++) text = text.replace("<pre-placeholder-" + i + " />", pres.get(i));
        return text;
    }

    static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        matcher.appendTail(out);
        return out.toString();
    }
}
