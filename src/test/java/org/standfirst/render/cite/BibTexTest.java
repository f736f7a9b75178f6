package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standfirst.render.cite.Pieces.commentary;
import static org.standfirst.render.cite.Pieces.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BibTexTest {

    @Test
    void writesACommentaryAsMiscWithFieldsInAFixedOrder() {
        assertThat(BibTex.entry(commentary("Amira Haddad", "Laurence Okafor"))).isEqualTo("""
                @misc{haddad2015vienna,
                  author = {Haddad, Amira and Okafor, Laurence},
                  title = {{The Vienna Agreement: Verification and Sanctions}},
                  howpublished = {\\url{https://meridian.example/commentary/vienna-agreement/}},
                  year = {2015},
                  month = jul,
                  date = {2015-07-21},
                  url = {https://meridian.example/commentary/vienna-agreement/},
                  note = {Commentary},
                  organization = {Meridian Institute},
                  language = {en-GB},
                  keywords = {Iran, nuclear},
                  abstract = {What the deal verifies, and what happens when it fails.}
                }
                """);
    }

    @Test
    void writesAReportAsTechreportWithInstitutionAndType() {
        assertThat(BibTex.entry(report("Sanctions after Vienna", "Amira Haddad"))).isEqualTo("""
                @techreport{haddad2015sanctions,
                  author = {Haddad, Amira},
                  title = {{Sanctions after Vienna}},
                  type = {Report},
                  institution = {Meridian Institute},
                  year = {2015},
                  month = jul,
                  date = {2015-07-21},
                  url = {https://meridian.example/commentary/vienna-agreement/},
                  language = {en-GB}
                }
                """);
    }

    @Test
    void leavesOutEmptyFields() {
        CitationInput bare = new CitationInput(List.of(), "Vienna", "", false, "", LocalDate.of(2015, 12, 1), "", "",
                List.of(" "), "", "vienna");
        assertThat(BibTex.entry(bare)).isEqualTo("""
                @misc{anon2015vienna,
                  title = {{Vienna}},
                  year = {2015},
                  month = dec,
                  date = {2015-12-01}
                }
                """);
    }

    @Test
    void bracesGroupsAndOneWordNamesAndPutsParticlesAndSuffixesWhereBibTexLooksForThem() {
        CitationInput input = Pieces.withAuthors(commentary(), List.of("Meridian Institute", "Plato",
                "Ludwig van Beethoven", "Martin Luther King Jr.", "AT&T Foundation", "محمد علی"));
        assertThat(BibTex.entry(input)).contains("  author = {{Meridian Institute} and {Plato} and van Beethoven,"
                + " Ludwig and King, Jr., Martin Luther and {AT\\&T Foundation} and علی, محمد},\n");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            50% & $5                 | 50\\% \\& \\$5
            #1_a                     | \\#1\\_a
            x^2 ~y                   | x\\textasciicircum{}2 \\textasciitilde{}y
            a\\b                     | a\\textbackslash{}b
            {braces}                 | \\{braces\\}
            "Zoë – محمد, 東京"        | "Zoë – محمد, 東京"
            """)
    void escapesLatexSpecialsAndKeepsUnicode(String text, String escaped) {
        assertThat(BibTexText.escape(text)).isEqualTo(escaped);
        CitationInput input = Pieces.withTitle(commentary("Amira Haddad"), text);
        assertThat(BibTex.entry(input)).contains("  title = {{" + escaped + "}},\n");
    }

    @Test
    void putsMultiLineValuesOnOneLine() {
        CitationInput input = new CitationInput(List.of("Amira Haddad"), "Vienna", "Commentary", false, "", LocalDate.of(2015, 7, 21),
                "", "First paragraph.\n\nSecond\r\nparagraph.", List.of(), "", "vienna");
        assertThat(BibTex.entry(input)).contains("  abstract = {First paragraph. Second paragraph.}\n");
    }

    @Test
    void keepsUrlsVerbatimBecauseUrlFieldsAreNotLatex() {
        CitationInput input = Pieces.withPublisherAndUrl(commentary("Amira Haddad"), "Meridian Institute",
                "https://meridian.example/a_b/?q=50%25&x=~y#top{1}");
        assertThat(BibTex.entry(input))
                .contains("  howpublished = {\\url{https://meridian.example/a_b/?q=50%25&x=~y#top%7B1%7D}},\n")
                .contains("  url = {https://meridian.example/a_b/?q=50%25&x=~y#top%7B1%7D},\n");
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(List.of("Amira Haddad", "Laurence Okafor"), "The Vienna Agreement", "x", "haddad2015vienna"),
                Arguments.of(List.of("Ludwig van Beethoven"), "On the Ninth", "x", "vanbeethoven2015ninth"),
                Arguments.of(List.of("Zoë Müller"), "Über Sanktionen", "x", "muller2015uber"),
                Arguments.of(List.of("Søren Kierkegaard"), "Why Iran's Deal Holds", "x", "kierkegaard2015irans"),
                Arguments.of(List.of("Haddad, Amira"), "2015: A Year of Deals", "x", "haddad2015year"),
                Arguments.of(List.of(), "The Vienna Agreement", "x", "anon2015vienna"),
                Arguments.of(List.of("Council on Foreign Relations"), "Vienna", "x", "council2015vienna"),
                Arguments.of(List.of("محمد علی"), "Vienna", "vienna-agreement", "vienna-agreement"),
                Arguments.of(List.of("Amira Haddad"), "ایران و وین", "Iran-Vienna-2", "iran-vienna-2"),
                Arguments.of(List.of("محمد علی"), "ایران و وین", "ایران-و-وین", "anon2015"));
    }

    @ParameterizedTest(name = "{0}, \"{1}\", slug {2} → {3}")
    @MethodSource("keys")
    void makesKeysFromFamilyNameYearAndFirstSignificantTitleWordFallingBackToTheSlug(
            List<String> authors, String title, String slug, String key) {
        CitationInput input = new CitationInput(authors, title, "Commentary", false, "Meridian Institute",
                LocalDate.of(2015, 7, 21), "", "", List.of(), "", slug);
        assertThat(BibTex.key(input)).isEqualTo(key);
        assertThat(BibTex.entry(input)).startsWith("@misc{" + key + ",\n");
    }
}
