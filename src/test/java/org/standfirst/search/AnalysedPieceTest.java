package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalysedPieceTest {
    /** Whitespace collapsed, stripped, and no space before a full stop, a comma or a closing bracket, nor after an opening one. */
    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll(" ([.,)])", "$1").replaceAll("\\( ", "(");
    }

    /** The rule for an excerpt, on the whole text: {@link #collapsed}, cut at a word past half. */
    private static String excerpt(String standfirst, String body) {
        String start = body.substring(0, Math.min(body.length(), 4 * AnalysedPiece.EXCERPT));
        String all = collapsed(standfirst + " " + start);
        if (all.length() <= AnalysedPiece.EXCERPT) return all;
        int cut = all.lastIndexOf(' ', AnalysedPiece.EXCERPT);
        if (cut < AnalysedPiece.EXCERPT / 2) cut = AnalysedPiece.EXCERPT;
        if (Character.isHighSurrogate(all.charAt(cut - 1))) cut--;
        return all.substring(0, cut) + " …";
    }

    @Test
    void excerptsFollowTheRuleWhateverTheSpaces() {
        String alphabet = "abcdé  \t\n\r\u2003\u00a0\u2028😀.,()";
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
        // A body as MarkdownWords leaves it: "*emphasis* ([a link](…)), and a full stop." with its marks as spaces.
        String body = "A caption\n\n  Markdown's   emphasis  (  a link  ) , and a full stop . \n\t\nThe  last line";
        assertThat(AnalysedPiece.text(body)).isEqualTo("A caption\nMarkdown's emphasis (a link), and a full stop.\nThe last line");
        assertThat(BodyTexts.inflated(AnalysedPiece.deflated(AnalysedPiece.text(body)))).isEqualTo(AnalysedPiece.text(body));
        assertThat(AnalysedPiece.deflated("")).isEmpty();
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
