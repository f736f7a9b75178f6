package org.standfirst.search;

import java.util.ArrayList;
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
    private static final Pattern REFERENCE_TARGET = Pattern.compile("\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    /** Quote and list markers at the start of a line. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^\\s*(?:>\\s*)*(?:[-+*]\\s+|\\d{1,9}[.)]\\s+)?");
    /** The characters that {@link #withoutMarks} may take out. */
    private static final boolean[] MAYBE_MARK = new boolean[128];

    static {
        for (char c : "_*`~|[]!".toCharArray()) MAYBE_MARK[c] = true;
    }

    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|mailto):[^\\s)\\]>]+");

    private MarkdownWords() {
    }

    /**
     * Splits {@code markdown} into headings and body paragraphs, both as plain text: the lines of a
     * paragraph (up to a blank line, a heading or a link definition) are joined with spaces. {@code both}
     * gets the headings and the paragraphs in the order they come.
     */
    static void split(String markdown, List<String> headings, List<String> body, List<String> both) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines(markdown)) {
            // Each block pattern starts with at most three spaces and one character: most lines have none of them.
            int lead = 0;
            while (lead < 4 && lead < line.length() && line.charAt(lead) == ' ') lead++;
            char first = lead < 4 && lead < line.length() ? line.charAt(lead) : ' ';
            // lookingAt, not find: a pattern anchored with ^ is otherwise tried at every position of the line.
            Matcher heading = first == '#' ? HEADING.matcher(line) : null;
            if (heading != null && heading.lookingAt()) {
                end(paragraph, body, both);
                String text = plain(CLOSING_HASHES.matcher(line.substring(heading.end())).replaceFirst(""));
                headings.add(text);
                both.add(text);
            } else if (paragraph.length() > 0 && (first == '=' || first == '-') && SETEXT.matcher(line).matches()) {
                // An underline makes the paragraph above it a heading.
                headings.add(paragraph.toString());
                both.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (first == '[' && LINK_DEFINITION.matcher(line).matches()) {
                end(paragraph, body, both);
            } else {
                Matcher footnote = FOOTNOTE_DEFINITION.matcher(line);
                boolean note = first == '[' && footnote.lookingAt();
                if (note) end(paragraph, body, both); // a footnote's text is a paragraph of its own
                String plain = plain(note ? line.substring(footnote.end()) : line);
                if (plain.isBlank()) {
                    end(paragraph, body, both);
                } else {
                    if (paragraph.length() > 0) paragraph.append(' ');
                    paragraph.append(plain);
                }
            }
        }
        end(paragraph, body, both);
    }

    /** What {@code markdown.split("\\R")} gives, without a pattern: CR LF, or any one line break of \\R. */
    static List<String> lines(String markdown) {
        List<String> out = new ArrayList<>();
        char[] chars = markdown.toCharArray(); // a loop over an array is several times a loop of charAt
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > '\r' && (c < '\u0085' || c > '\u0085' && c < '\u2028' || c > '\u2029') || c < '\n') continue;
            out.add(markdown.substring(start, i));
            if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') i++;
            start = i + 1;
        }
        out.add(markdown.substring(start));
        // split drops the empty lines at the end (and gives one empty line for an empty text).
        int size = out.size();
        while (size > 1 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size);
    }

    private static void end(StringBuilder paragraph, List<String> body, List<String> both) {
        if (paragraph.length() > 0) {
            String text = paragraph.toString();
            body.add(text);
            both.add(text);
        }
        paragraph.setLength(0);
    }

    /**
     * Each inline link target, {@code ](target)} or {@code ](target "title")}, as {@code ]}, without a
     * pattern (MarkdownWordsTest holds it to the pattern it replaced): a target has no space or ')' and a
     * title no '"', so one pass forward finds them.
     */
    static String withoutInlineTargets(String line) {
        StringBuilder out = null;
        int copied = 0;
        int at = line.indexOf("](");
        while (at >= 0) {
            int end = inlineTargetEnd(line, at + 2);
            if (end < 0) {
                at = line.indexOf("](", at + 1);
                continue;
            }
            if (out == null) out = new StringBuilder(line.length());
            out.append(line, copied, at).append(']');
            copied = end;
            at = line.indexOf("](", end);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /** Where an inline target that starts at {@code from} (after its "](") ends, past its ")"; -1 when it is not one. */
    private static int inlineTargetEnd(String line, int from) {
        int i = from;
        int length = line.length();
        while (i < length && line.charAt(i) != ')' && !isSpace(line.charAt(i))) i++;
        if (i < length && isSpace(line.charAt(i))) {
            while (i < length && isSpace(line.charAt(i))) i++;
            if (i == length || line.charAt(i) != '"') return -1;
            int close = line.indexOf('"', i + 1);
            if (close < 0) return -1;
            i = close + 1;
        }
        return i < length && line.charAt(i) == ')' ? i + 1 : -1;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String plain(String line) {
        String out = line;
        // Most lines have no link, tag or URL: look for the character each needs before running its pattern.
        if (out.indexOf("](") >= 0) out = withoutInlineTargets(out);
        if (out.indexOf("][") >= 0) out = REFERENCE_TARGET.matcher(out).replaceAll("]");
        if (out.indexOf("[^") >= 0) out = FOOTNOTE_MARK.matcher(out).replaceAll("");
        if (out.indexOf('<') >= 0) out = withoutRuns(out, TAG);
        if (out.indexOf(':') >= 0) out = URL.matcher(out).replaceAll(" ");
        char first = out.isEmpty() ? 'a' : out.charAt(0);
        if (Character.isWhitespace(first) || first == '>' || first == '-' || first == '+' || first == '*'
                || first >= '0' && first <= '9') {
            Matcher block = BLOCK_MARK.matcher(out);
            if (block.lookingAt()) out = out.substring(block.end());
        }
        // Runs of spaces are left: the tokeniser splits on them, and excerpts collapse them.
        return withoutMarks(out).strip();
    }

    /**
     * Emphasis, code, strike-through, table and bracket characters taken out, and underscores that open
     * or close a word ({@code _word_}), but not those inside one ({@code snake_case}). A run of them
     * between two letters or digits becomes a space, so the words stay apart ({@code a*b*c} is "a b c");
     * anywhere else it goes, so an excerpt reads "(now)" and "10 July: a date", not "( now )" and
     * "10 July : a date". A loop rather than a pattern: a pattern with look-arounds is tried at every
     * position of every line.
     */
    static String withoutMarks(String line) {
        char[] in = line.toCharArray();
        StringBuilder out = null;
        int copied = 0; // the characters before this one are in out already (or there is no out yet)
        int length = in.length;
        for (int i = 0; i < length; i++) {
            int end = markEnd(in, i);
            if (end == i) continue;
            for (int next; end < length && (next = markEnd(in, end)) > end; ) end = next; // the whole run
            if (out == null) out = new StringBuilder(length);
            out.append(in, copied, i - copied);
            if (end < length) keepApart(out, in[end]);
            copied = end;
            i = end - 1;
        }
        return out == null ? line : out.append(in, copied, length - copied).toString();
    }

    /** Where the mark at {@code i} ends (a run of underscores is one), or {@code i} when there is none. */
    private static int markEnd(char[] in, int i) {
        char c = in[i];
        if (c >= 128 || !MAYBE_MARK[c]) return i;
        int end = i + 1;
        if (c == '_') {
            while (end < in.length && in[end] == '_') end++;
            return i == 0 || !isWordCharacter(in[i - 1]) || end == in.length || !isWordCharacter(in[end]) ? end : i;
        }
        return c != '!' || end < in.length && in[end] == '[' ? end : i;
    }

    /** A space where what was taken out stood between two letters or digits, so the words on each side stay two. */
    private static void keepApart(StringBuilder out, char next) {
        if (out.length() > 0 && isLetterOrDigit(out.charAt(out.length() - 1)) && isLetterOrDigit(next)) out.append(' ');
    }

    /** Whether {@code c} is part of a word (a surrogate may be). */
    private static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /** {@code line} with each run of {@code pattern}'s matches (never empty) taken out as {@link #withoutMarks} takes out marks. */
    static String withoutRuns(String line, Pattern pattern) {
        Matcher match = pattern.matcher(line);
        boolean found = match.find();
        if (!found) return line;
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        while (found) {
            int start = match.start();
            int end = match.end();
            while ((found = match.find()) && match.start() == end) end = match.end();
            out.append(line, copied, start);
            if (end < line.length()) keepApart(out, line.charAt(end));
            copied = end;
        }
        return out.append(line, copied, line.length()).toString();
    }

    /** What {@code \\w} matches: an ASCII letter, digit or underscore. */
    private static boolean isWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
