package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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

    /** The tokens of {@code text} straight from {@code analyzer}: each word as written and its term, folded. */
    private static List<Analysers.Token> lucene(Analyzer analyzer, String text) {
        List<Analysers.Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = Analysers.fold(text.substring(offset.startOffset(), offset.endOffset()));
                String stem = Analysers.fold(term.toString());
                if (!surface.isEmpty() && !stem.isEmpty()) out.add(new Analysers.Token(surface, stem));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The test archive's paragraphs (the suite's own, not the sample archive in content/, which a fork
     * replaces), and words that the analyser splits, shortens or stems in unusual ways.
     */
    private static List<String> sampleParagraphs() throws IOException {
        List<String> out = new ArrayList<>(List.of("Iran's IRAN’S ponies' Generalizations Running runs ran run's U.S. 3.5bn "
                + "don't caresses feed agreed disabled matting sized meetings stating itemization sensational "
                + "reference colonizer plotted école naïve Ελλάδα الحرب 東京 😀 🇺🇸🇬🇧 x'", "'s s' ' ’ ...",
                "a".repeat(300) + " " + "Élan".repeat(70) + " snake_case_word 1,000.5 ab'cd", ""));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/archive"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.addAll(List.of(Files.readString(file).split("\n")));
            }
        }
        return out;
    }

    @Test
    void englishWordsMetAgainGetTheAnalysersTokens() throws IOException {
        List<String> paragraphs = sampleParagraphs();
        int tokens = 0;
        try (Analyzer english = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
            // Twice: the second time every word is one met before.
            for (int round = 0; round < 2; round++) {
                for (String paragraph : paragraphs) {
                    List<Analysers.Token> expected = lucene(english, paragraph);
                    assertThat(Analysers.tokens(paragraph, "en")).as(paragraph).isEqualTo(expected);
                    tokens += expected.size();
                }
            }
        }
        assertThat(tokens).isGreaterThan(2000);
    }

    @Test
    void wordsMetAgainAreTheSameAsWhenFirstMet() {
        String text = "Résumé RÉSUMÉ résumé Sanctions sanctions SANCTIONS l'Économie L'économie";
        List<Analysers.Token> first = Analysers.tokens(text, "en");
        assertThat(Analysers.tokens(text, "en")).isEqualTo(first);
        assertThat(first).extracting(Analysers.Token::surface).containsExactly(
                "resume", "resume", "resume", "sanctions", "sanctions", "sanctions", "l'economie", "l'economie");
    }
}
