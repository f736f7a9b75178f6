package org.standfirst.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a Markdown body without its markup, line by line rather than through a parser: the
 * index needs the words and the sub-headings, not the structure, and a parse of every body would
 * cost as much again as rendering it. Link and image targets, HTML tags, footnote markers and bare
 * URLs are left out; link texts, image alt texts and footnote texts stay.
 */
final class MarkdownWords {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s#+\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)\\s*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^[^\\]]*\\]:");
    private static final Pattern INLINE_TARGET = Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_TARGET = Pattern.compile("\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    /** Quote and list markers at the start of a line. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^\\s*(?:>\\s*)*(?:[-+*]\\s+|\\d{1,9}[.)]\\s+)?");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|mailto):[^\\s)\\]>]+");

    private MarkdownWords() {
    }

    /**
     * Splits {@code markdown} into headings and body paragraphs, both as plain text: the lines of a
     * paragraph (up to a blank line, a heading or a link definition) are joined with spaces.
     */
    static void split(String markdown, List<String> headings, List<String> body) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            // lookingAt, not find: a pattern anchored with ^ is otherwise tried at every position of the line.
            Matcher heading = HEADING.matcher(line);
            if (heading.lookingAt()) {
                end(paragraph, body);
                headings.add(plain(CLOSING_HASHES.matcher(line.substring(heading.end())).replaceFirst("")));
            } else if (paragraph.length() > 0 && SETEXT.matcher(line).matches()) {
                // An underline makes the paragraph above it a heading.
                headings.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (LINK_DEFINITION.matcher(line).matches()) {
                end(paragraph, body);
            } else {
                Matcher footnote = FOOTNOTE_DEFINITION.matcher(line);
                boolean note = footnote.lookingAt();
                if (note) end(paragraph, body); // a footnote's text is a paragraph of its own
                String plain = plain(note ? line.substring(footnote.end()) : line);
                if (plain.isBlank()) {
                    end(paragraph, body);
                } else {
                    if (paragraph.length() > 0) paragraph.append(' ');
                    paragraph.append(plain);
                }
            }
        }
        end(paragraph, body);
    }

    private static void end(StringBuilder paragraph, List<String> body) {
        if (paragraph.length() > 0) body.add(paragraph.toString());
        paragraph.setLength(0);
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
        Matcher block = BLOCK_MARK.matcher(out);
        if (block.lookingAt()) out = out.substring(block.end());
        // Runs of spaces are left: the tokeniser splits on them, and excerpts collapse them.
        return withoutMarks(out).strip();
    }

    /**
     * Emphasis, code, strike-through, table and bracket characters as spaces, and underscores that open
     * or close a word ({@code _word_}), but not those inside one ({@code snake_case}); a loop rather than
     * a pattern, because a pattern with look-arounds is tried at every position of every line.
     */
    static String withoutMarks(String line) {
        char[] out = null;
        int written = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            int end = i + 1;
            boolean mark;
            if (c == '_') {
                while (end < length && line.charAt(end) == '_') end++;
                mark = i == 0 || !isWordCharacter(line.charAt(i - 1)) || end == length || !isWordCharacter(line.charAt(end));
            } else {
                mark = c == '*' || c == '`' || c == '~' || c == '|' || c == '[' || c == ']'
                        || c == '!' && end < length && line.charAt(end) == '[';
            }
            if (mark && out == null) {
                out = new char[length];
                line.getChars(0, i, out, 0);
                written = i;
            }
            if (mark) {
                out[written++] = ' ';
            } else if (out != null) {
                line.getChars(i, end, out, written);
                written += end - i;
            }
            i = end - 1;
        }
        return out == null ? line : new String(out, 0, written);
    }

    /** What {@code \\w} matches: an ASCII letter, digit or underscore. */
    private static boolean isWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
