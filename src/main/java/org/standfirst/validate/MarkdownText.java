package org.standfirst.validate;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;

/**
 * The first paragraph of a Markdown body as plain text, used as the standfirst when none is given.
 * Only the leading blocks are parsed, so this stays cheap on long bodies.
 */
public final class MarkdownText {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]*]");
    private static final int MAX_BLOCKS = 20;

    private MarkdownText() {
    }

    public static String firstParagraph(String markdown) {
        String[] blocks = BLOCK_BREAK.split(markdown, MAX_BLOCKS + 1);
        for (int i = 0; i < Math.min(blocks.length, MAX_BLOCKS); i++) {
            String block = blocks[i].strip();
            if (block.isEmpty() || block.startsWith("[^")) continue;
            Node first = PARSER.parse(FOOTNOTE_REF.matcher(block).replaceAll("")).getFirstChild();
            if (first instanceof Paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(first).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) return text;
            }
        }
        return "";
    }

    /** The body's first paragraph with its Markdown kept, for short bios. */
    public static String firstParagraphMarkdown(String markdown) {
        for (String block : BLOCK_BREAK.split(markdown, MAX_BLOCKS + 1)) {
            if (!block.isBlank()) return block.strip();
        }
        return "";
    }
}
