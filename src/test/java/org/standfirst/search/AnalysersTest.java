package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnalysersTest {
    private static List<String> stems(String text, String language) {
        return Analysers.tokens(text, language).stream().map(Analysers.Token::stem).toList();
    }

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sanctions            | en    | sanction
            sanctioned           | en-GB | sanction
            RUNNING              | en    | run
            Iran's               | en    | iran
            the                  | en    | the
            الحرب                | ar    | حرب
            الْحَرْبُ              | ar    | حرب
            والمدارس             | ar    | مدارس
            élections            | fr    | election
            l'économie           | fr    | econom
            Économies            | fr    | econom
            """)
    void stemsByLanguageFoldingCaseAndDiacritics(String word, String language, String stem) {
        assertThat(stems(word, language)).containsExactly(stem);
    }

    @Test
    void keepsTheWordAsWrittenFoldedBesideItsStem() {
        assertThat(Analysers.tokens("Résumé don’t U.S.", "en")).containsExactly(
                new Analysers.Token("resume", "resume"), new Analysers.Token("don't", "don't"), new Analysers.Token("u.s", "u."));
    }

    @Test
    void scriptsWithoutAnAnalyserAreStillTokenisedAndFolded() {
        assertThat(stems("ꦗꦮ ሰላም Ελλάδα", "jv")).containsExactly("ꦗꦮ", "ሰላም", "ελλαδα");
        assertThat(Analysers.stems("jv")).isFalse();
        assertThat(Analysers.stems("ar-EG")).isTrue();
    }

    @Test
    void foldingIsWhatTheBrowserDoes() {
        assertThat(Analysers.fold("ÉCOLE")).isEqualTo("ecole");
        assertThat(Analysers.fold("عـــربي")).isEqualTo("عربي"); // tatweel
        assertThat(Analysers.fold("Iran’s")).isEqualTo("iran's");
    }

    @Test
    void anElidedWordIsAlsoListedAlone() {
        AnalysedPiece piece = AnalysedPiece.of(new PieceText("fr", "L'économie", "", "", "", ""));
        assertThat(piece.words()).contains(new Analysers.Token("economie", "econom"), new Analysers.Token("l'economie", "econom"));
    }
}
