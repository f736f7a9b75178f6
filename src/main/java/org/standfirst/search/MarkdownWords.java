package org.standfirst.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a Markdown body without its markup, line by line rather than through a parser: the
 * index needs the words and the sub-headings, not the structure, and a parse of every body would
 * cost as much again as rendering it. Link and image targets, HTML tags, footnote markers and bare
 * URLs are left out; link texts, image alt texts and footnote texts stay.
 */
final class MarkdownWords {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)\\s*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^[^\\]]*\\]:");
    private static final Pattern INLINE_TARGET = Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_TARGET = Pattern.compile("\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    /** Quote and list markers at the start of a line, and emphasis, code, bracket and table characters. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^\\s*(?:>\\s*)*(?:[-+*]\\s+|\\d{1,9}[.)]\\s+)?");
    private static final Pattern MARKS = Pattern.compile("[*`~|\\[\\]]+|(?<!\\w)_+|_+(?!\\w)|!(?=\\[)");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|mailto):[^\\s)\\]>]+");

    private MarkdownWords() {
    }

    /** Splits {@code markdown} into heading lines and body lines, both as plain text. */
    static void split(String markdown, List<String> headings, List<String> body) {
        boolean afterText = false; // the line before was body text, which a setext underline makes a heading
        for (String line : markdown.split("\\R")) {
            boolean text = false;
            if (HEADING.matcher(line).find()) {
                headings.add(plain(HEADING.matcher(line).replaceFirst("").replaceAll("\\s#+\\s*$", "")));
            } else if (afterText && SETEXT.matcher(line).matches()) {
                headings.add(body.remove(body.size() - 1));
            } else if (!LINK_DEFINITION.matcher(line).matches()) {
                String plain = plain(FOOTNOTE_DEFINITION.matcher(line).replaceFirst(""));
                if (!plain.isBlank()) {
                    body.add(plain);
                    text = true;
                }
            }
            afterText = text;
        }
    }

    private static String plain(String line) {
        String out = line;
        // Most lines have no link, tag or URL: look for the character each needs before running its pattern.
        if (out.indexOf(']') >= 0) {
            out = INLINE_TARGET.matcher(out).replaceAll("]");
            out = REFERENCE_TARGET.matcher(out).replaceAll("]");
            out = FOOTNOTE_MARK.matcher(out).replaceAll("");
        }
        if (out.indexOf('<') >= 0) out = TAG.matcher(out).replaceAll(" ");
        if (out.indexOf(':') >= 0) out = URL.matcher(out).replaceAll(" ");
        return MARKS.matcher(BLOCK_MARK.matcher(out).replaceFirst("")).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }
}
