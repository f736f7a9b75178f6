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
        String alphabet = "ab_ \t*`~|[]!\n\r\u000B\f\u0085\u2028\u2029é.(7";
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

    /**
     * The rule, one character at a time: which characters are marks, then each run of them as a space
     * between two letters or digits and as nothing elsewhere. What withoutMarks does in fewer copies.
     */
    private static String marksTakenOut(String line) {
        boolean[] mark = new boolean[line.length()];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int end = i + 1;
            boolean is;
            if (c == '_') {
                while (end < line.length() && line.charAt(end) == '_') end++;
                is = i == 0 || !String.valueOf(line.charAt(i - 1)).matches("\\w") || end == line.length()
                        || !String.valueOf(line.charAt(end)).matches("\\w");
            } else {
                is = "*`~|[]".indexOf(c) >= 0 || c == '!' && end < line.length() && line.charAt(end) == '[';
            }
            for (int j = i; j < end; j++) mark[j] = is;
            i = end - 1;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (!mark[i]) {
                out.append(line.charAt(i));
                continue;
            }
            int end = i;
            while (end < line.length() && mark[end]) end++;
            if (out.length() > 0 && end < line.length() && wordLike(out.charAt(out.length() - 1)) && wordLike(line.charAt(end))) out.append(' ');
            i = end - 1;
        }
        return out.toString();
    }

    private static boolean wordLike(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    @Test
    void marksAreTakenOutAsTheRuleSays() {
        for (String text : randomTexts()) assertThat(MarkdownWords.withoutMarks(text)).as(text).isEqualTo(marksTakenOut(text));
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
    void marksGoAndKeepWordsApartButUnderscoresInsideWordsStay() {
        assertThat(MarkdownWords.withoutMarks("**bold** and `code`, snake_case, _em_ __strong__ ![alt](x) ~~gone~~ |a|b|"))
                .isEqualTo("bold and code, snake_case, em strong alt(x) gone a b");
        assertThat(MarkdownWords.withoutMarks("**10 July**: a date (*now*); x*y*z, été*s*")).isEqualTo("10 July: a date (now); x y z, été s");
        assertThat(MarkdownWords.withoutMarks("plain words")).isEqualTo("plain words");
        assertThat(MarkdownWords.withoutMarks("_")).isEmpty();
        assertThat(MarkdownWords.withoutMarks("a__b")).isEqualTo("a__b");
    }

    @Test
    void tagsGoLikeMarks() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<[^>\\n]*>");
        assertThat(MarkdownWords.withoutRuns("<b>10 July</b>: one<br><br>two, <i>three</i>.", tag)).isEqualTo("10 July: one two, three.");
        assertThat(MarkdownWords.withoutRuns("no tags", tag)).isEqualTo("no tags");
    }
}
