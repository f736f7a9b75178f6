package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standfirst.model.SiteConfig.CitationStyle;

class CitationsTest {
    private static final String URL = "https://example.org/report/vienna/";

    private static CitationInput input(List<String> authors, String title, boolean report, String url) {
        return new CitationInput(authors, title, report ? "Report" : "Commentary", report, "Meridian Institute",
                LocalDate.of(2015, 7, 21), url, "A summary.", List.of("Iran", "Sanctions"), "en-GB", "vienna");
    }

    private static String chicago(CitationInput in) {
        return Citations.format(in, CitationStyle.CHICAGO).plainText();
    }

    private static String apa(CitationInput in) {
        return Citations.format(in, CitationStyle.APA).plainText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amira Haddad            | Haddad     | Amira   | A.
            Ludwig van Beethoven    | van Beethoven | Ludwig | L.
            Jean-Luc Picard         | Picard     | Jean-Luc | J.-L.
            Mary Anne Smith         | Smith      | Mary Anne | M. A.
            'Okafor, Laurence'      | Okafor     | Laurence | L.
            Meridian                | Meridian   |          |
            علی رضایی               | رضایی      | علی     | ع.
            """)
    void splitsNamesForCiting(String name, String family, String given, String initials) {
        PersonName split = PersonName.of(name);
        assertThat(split.family()).isEqualTo(family);
        assertThat(split.given()).isEqualTo(given == null ? "" : given);
        assertThat(split.initials()).isEqualTo(initials == null ? "" : initials);
    }

    @Test
    void chicagoAuthorDateForArticles() {
        assertThat(chicago(input(List.of("Amira Haddad"), "The Vienna Agreement", false, URL))).isEqualTo(
                "Haddad, Amira. 2015. \u201CThe Vienna Agreement.\u201D Meridian Institute, July 21, 2015. " + URL + ".");
        assertThat(chicago(input(List.of("Amira Haddad", "Laurence Okafor"), "Will It Hold?", false, ""))).isEqualTo(
                "Haddad, Amira, and Laurence Okafor. 2015. \u201CWill It Hold?\u201D Meridian Institute, July 21, 2015.");
        assertThat(chicago(input(List.of("A One", "B Two", "C Three"), "T", false, ""))).startsWith(
                "One, A, B Two, and C Three. 2015.");
    }

    @Test
    void chicagoReportsAreItalicAndNamedAsReports() {
        FormattedCitation cite = Citations.format(input(List.of("Amira Haddad"), "The Vienna Agreement", true, URL),
                CitationStyle.CHICAGO);
        assertThat(cite.plainText()).isEqualTo(
                "Haddad, Amira. 2015. The Vienna Agreement. Report. Meridian Institute. " + URL + ".");
        assertThat(cite.parts()).filteredOn(FormattedCitation.Part::italic).extracting(FormattedCitation.Part::text)
                .containsExactly("The Vienna Agreement");
        assertThat(cite.parts()).filteredOn(FormattedCitation.Part::link).extracting(FormattedCitation.Part::text)
                .containsExactly(URL);
    }

    @Test
    void chicagoShortensMoreThanTenAuthorsToSevenAndEtAl() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "Given" + i + " Family" + i).toList();
        assertThat(chicago(input(eleven, "T", false, ""))).startsWith(
                "Family1, Given1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, Given6 Family6, "
                        + "Given7 Family7, et al. 2015.");
    }

    @Test
    void apaWithInitialsAmpersandAndDate() {
        assertThat(apa(input(List.of("Amira Haddad", "Laurence Okafor"), "The Vienna Agreement", true, URL))).isEqualTo(
                "Haddad, A., & Okafor, L. (2015, July 21). The Vienna Agreement [Report]. Meridian Institute. " + URL);
        assertThat(apa(input(List.of("Amira Haddad"), "Will It Hold?", false, ""))).isEqualTo(
                "Haddad, A. (2015, July 21). Will It Hold? Meridian Institute.");
        assertThat(apa(input(List.of(), "No One Wrote This", false, ""))).isEqualTo(
                "No One Wrote This. (2015, July 21). Meridian Institute.");
    }

    @Test
    void apaListsTwentyAndShortensTwentyOne() {
        List<String> many = IntStream.rangeClosed(1, 21).mapToObj(i -> "G" + i + " F" + i).toList();
        String cite = apa(input(many, "T", false, ""));
        assertThat(cite).startsWith("F1, G., F2, G.,").contains("F19, G., . . . F21, G. (2015, July 21).")
                .doesNotContain("F20,");
    }

    @Test
    void bibtexEntriesEscapeTexAndKeepCapitals() {
        String entry = BibTex.entry(input(List.of("Amira Haddad", "Meridian"), "R&D at 50% of $GDP_total", true, URL));
        assertThat(entry).isEqualTo("""
                @techreport{haddad2015rd,
                  author = {Haddad, Amira and {Meridian}},
                  title = {{R\\&D at 50\\% of \\$GDP\\_total}},
                  institution = {Meridian Institute},
                  type = {Report},
                  year = {2015},
                  month = jul,
                  date = {2015-07-21},
                  url = {https://example.org/report/vienna/},
                  language = {en-GB},
                  keywords = {Iran, Sanctions},
                  abstract = {A summary.}
                }
                """);
        assertThat(BibTex.entry(input(List.of(), "The Vienna Agreement", false, ""))).startsWith("@misc{anon2015vienna,\n");
    }

    @Test
    void risRecordsHaveOneLinePerFieldAndEndWithEr() {
        assertThat(Ris.entry(input(List.of("Amira Haddad", "Laurence Okafor"), "The Vienna\nAgreement", false, URL))).isEqualTo("""
                TY  - ELEC
                AU  - Haddad, Amira
                AU  - Okafor, Laurence
                TI  - The Vienna Agreement
                PY  - 2015
                DA  - 2015/07/21/
                PB  - Meridian Institute
                UR  - https://example.org/report/vienna/
                AB  - A summary.
                KW  - Iran
                KW  - Sanctions
                LA  - en-GB
                ER  -\s
                """);
    }
}
