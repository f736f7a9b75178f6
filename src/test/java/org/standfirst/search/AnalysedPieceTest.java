package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalysedPieceTest {
    /** The rule for an excerpt, on the whole text: whitespace collapsed, stripped, cut at a word past half. */
    private static String excerpt(String standfirst, String body) {
        String start = body.substring(0, Math.min(body.length(), 4 * AnalysedPiece.EXCERPT));
        String all = (standfirst + " " + start).replaceAll("\\s+", " ").strip();
        if (all.length() <= AnalysedPiece.EXCERPT) return all;
        int cut = all.lastIndexOf(' ', AnalysedPiece.EXCERPT);
        if (cut < AnalysedPiece.EXCERPT / 2) cut = AnalysedPiece.EXCERPT;
        if (Character.isHighSurrogate(all.charAt(cut - 1))) cut--;
        return all.substring(0, cut) + " …";
    }

    @Test
    void excerptsFollowTheRuleWhateverTheSpaces() {
        String alphabet = "abcdé  \t\n\r\u2003\u00a0\u2028😀.";
        Random random = new Random(3);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder standfirst = new StringBuilder();
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) standfirst.append(alphabet.charAt(random.nextInt(alphabet.length())));
            length = random.nextInt(i % 2 == 0 ? 400 : 1600);
            for (int j = 0; j < length; j++) {
                int at = random.nextInt(alphabet.length());
                body.append(Character.isSurrogate(alphabet.charAt(at)) ? "😀" : String.valueOf(alphabet.charAt(at)));
            }
            AnalysedPiece piece = AnalysedPiece.of(new PieceText("en", "", standfirst.toString(), "", body.toString(), ""));
            assertThat(piece.excerpt()).isEqualTo(excerpt(standfirst.toString(), body.toString()));
        }
    }

    @Test
    void aBodyTextIsItsParagraphsALineEachTidiedAndDeflated() {
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(List.of("A caption"));
        MarkdownWords.split("Markdown's *emphasis* ([a link](https://example.org)), and **10 July**: a  date.\n\n"
                + "## A heading\n\n\tThe  last[^1]   <b>line</b>.\n\n[^1]: A note.", headings, new ArrayList<>(), paragraphs);
        String body = String.join("\n", paragraphs);
        assertThat(AnalysedPiece.text(body))
                .isEqualTo("A caption\nMarkdown's emphasis (a link), and 10 July: a date.\nA heading\nThe last line.\nA note.");
        assertThat(BodyTexts.inflated(AnalysedPiece.deflated(AnalysedPiece.text(body)))).isEqualTo(AnalysedPiece.text(body));
        assertThat(AnalysedPiece.deflated("")).isEmpty();
    }

    @Test
    void bodyTextsFollowTheRuleWhateverTheSpaces() {
        String alphabet = "ab  \t\n\n\r\f.é";
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = java.util.Arrays.stream(body.toString().split("\n", -1)).map(line -> line.replaceAll("[ \\t\\r\\f]+", " ").strip())
                    .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(AnalysedPiece.text(body.toString())).as(body.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aLongBodyTextStopsAtTheBoundAtAWord() {
        String word = "sanctions ";
        String text = AnalysedPiece.text((word.repeat(1_000) + "\n").repeat(10));
        assertThat(text).hasSizeLessThanOrEqualTo(AnalysedPiece.TEXT).hasSizeGreaterThan(AnalysedPiece.TEXT - 2 * word.length())
                .endsWith("sanctions").startsWith("sanctions sanctions");
        assertThat(text.lines()).hasSize(4); // 9,999 characters a line, a line break after each
    }
}
