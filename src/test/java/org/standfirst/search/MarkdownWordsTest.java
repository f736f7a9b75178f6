package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownWordsTest {
    /** Random lines of the characters the two loops look at, and a few others. */
    private static List<String> randomTexts() {
        String alphabet = "ab_ \t*`~|[]!\n\r\u000B\f\u0085\u2028\u2029é";
        Random random = new Random(7);
        List<String> out = new ArrayList<>(List.of("", "\n", "a\n", "\r\n\r\n", "a\r\nb\rc\n\nd"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            out.add(text.toString());
        }
        return out;
    }

    @Test
    void linesAreWhatSplittingOnAnyLineBreakGives() {
        for (String text : randomTexts()) {
            List<String> expected = Arrays.asList(text.split("\\R"));
            List<String> lines = MarkdownWords.lines(text);
            // split gives nothing for a text of line breaks only; one empty line ends a paragraph just the same.
            if (expected.isEmpty()) assertThat(lines).as(text).containsExactly("");
            else assertThat(lines).as(text).isEqualTo(expected);
        }
    }

    /** The rule, one character at a time: what withoutMarks does in fewer copies. */
    private static String marksAsSpaces(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int end = i + 1;
            boolean mark;
            if (c == '_') {
                while (end < line.length() && line.charAt(end) == '_') end++;
                mark = i == 0 || !String.valueOf(line.charAt(i - 1)).matches("\\w") || end == line.length()
                        || !String.valueOf(line.charAt(end)).matches("\\w");
            } else {
                mark = "*`~|[]".indexOf(c) >= 0 || c == '!' && end < line.length() && line.charAt(end) == '[';
            }
            out.append(mark ? " " : line.substring(i, end));
            i = end - 1;
        }
        return out.toString();
    }

    @Test
    void marksAreTakenOutAsTheRuleSays() {
        for (String text : randomTexts()) assertThat(MarkdownWords.withoutMarks(text)).as(text).isEqualTo(marksAsSpaces(text));
    }

    @Test
    void inlineTargetsGoAsThePatternSays() {
        java.util.regex.Pattern target = java.util.regex.Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
        String alphabet = "](\" )a\tb[";
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("[a](b) and [c](d \"e\") [f](g h) ](  \"x\")", "](", "]()", "]( \")"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(MarkdownWords.withoutInlineTargets(text)).as(text).isEqualTo(target.matcher(text).replaceAll("]"));
        }
    }

    @Test
    void marksBecomeSpacesButUnderscoresInsideWordsStay() {
        assertThat(MarkdownWords.withoutMarks("**bold** and `code`, snake_case, _em_ __strong__ ![alt](x) ~~gone~~ |a|b|"))
                .isEqualTo("  bold   and  code , snake_case,  em   strong    alt (x)   gone    a b ");
        assertThat(MarkdownWords.withoutMarks("plain words")).isEqualTo("plain words");
        assertThat(MarkdownWords.withoutMarks("_")).isEqualTo(" ");
        assertThat(MarkdownWords.withoutMarks("a__b")).isEqualTo("a__b");
    }
}
