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

    /** Splits {@code markdown} into heading lines and body lines, both as plain text. */
    static void split(String markdown, List<String> headings, List<String> body) {
        boolean afterText = false; // the line before was body text, which a setext underline makes a heading
        for (String line : markdown.split("\\R")) {
            boolean text = false;
            // lookingAt, not find: a pattern anchored with ^ is otherwise tried at every position of the line.
            Matcher heading = HEADING.matcher(line);
            if (heading.lookingAt()) {
                headings.add(plain(CLOSING_HASHES.matcher(line.substring(heading.end())).replaceFirst("")));
            } else if (afterText && SETEXT.matcher(line).matches()) {
                headings.add(body.remove(body.size() - 1));
            } else if (!LINK_DEFINITION.matcher(line).matches()) {
                Matcher footnote = FOOTNOTE_DEFINITION.matcher(line);
                String plain = plain(footnote.lookingAt() ? line.substring(footnote.end()) : line);
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
        StringBuilder out = null;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            int end = i + 1;
            boolean mark;
            if (c == '_') {
                while (end < length && line.charAt(end) == '_') end++;
                mark = i == 0 || !isWordCharacter(line.charAt(i - 1)) || end == length || !isWordCharacter(line.charAt(end));
            } else {
                mark = "*`~|[]".indexOf(c) >= 0 || c == '!' && end < length && line.charAt(end) == '[';
            }
            if (mark && out == null) out = new StringBuilder(length).append(line, 0, i);
            if (mark) out.append(' ');
            else if (out != null) out.append(line, i, end);
            i = end - 1;
        }
        return out == null ? line : out.toString();
    }

    /** What {@code \\w} matches: an ASCII letter, digit or underscore. */
    private static boolean isWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
