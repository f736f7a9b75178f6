package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standfirst.render.cite.Pieces.URL;
import static org.standfirst.render.cite.Pieces.commentary;
import static org.standfirst.render.cite.Pieces.report;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standfirst.render.cite.FormattedCitation.Part;
import org.standfirst.model.SiteConfig.CitationStyle;

class ChicagoReferenceTest {
    private static final String REST = " 2015. “The Vienna Agreement: Verification and Sanctions.” Meridian Institute,"
            + " July 21, 2015. " + URL + ".";

    static Stream<Arguments> authorLists() {
        return Stream.of(
                Arguments.of(List.of(), "“The Vienna Agreement: Verification and Sanctions.” 2015. Meridian Institute,"
                        + " July 21, 2015. " + URL + "."),
                Arguments.of(List.of("Amira Haddad"), "Haddad, Amira." + REST),
                Arguments.of(List.of("Amira Haddad", "Laurence Okafor"), "Haddad, Amira, and Laurence Okafor." + REST),
                Arguments.of(List.of("Amira Haddad", "Laurence Okafor", "Ludwig van Beethoven"),
                        "Haddad, Amira, Laurence Okafor, and Ludwig van Beethoven." + REST),
                Arguments.of(Pieces.TWENTY_ONE.subList(0, 10), "Aaltonen, Ana, Ben Brandt, Chloé Curie, Dara Doyle,"
                        + " Eli Eze, Farah Fahmy, Gus Grant, Hana Haas, Ivo Iliev, and Jo Jensen." + REST),
                Arguments.of(Pieces.TWENTY_ONE.subList(0, 11), "Aaltonen, Ana, Ben Brandt, Chloé Curie, Dara Doyle,"
                        + " Eli Eze, Farah Fahmy, Gus Grant, et al." + REST),
                Arguments.of(List.of("Meridian Institute"), "Meridian Institute." + REST),
                Arguments.of(List.of("Meridian Institute", "Amira Haddad"),
                        "Meridian Institute and Amira Haddad." + REST),
                Arguments.of(List.of("Martin Luther King Jr."), "King, Martin Luther, Jr." + REST),
                Arguments.of(List.of("Plato", " "), "Plato." + REST),
                Arguments.of(List.of("محمد علی"), "علی, محمد." + REST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorLists")
    void invertsOnlyTheFirstAuthorAndShortensListsOfMoreThanTen(List<String> authors, String expected) {
        CitationInput input = Pieces.withAuthors(commentary(), authors);
        assertThat(Citations.format(input, CitationStyle.CHICAGO).plainText()).isEqualTo(expected);
    }

    @Test
    void quotesACommentaryTitleAndLinksOnlyTheUrl() {
        FormattedCitation citation = Citations.format(commentary("Amira Haddad"), CitationStyle.CHICAGO);
        assertThat(citation.parts()).containsExactly(
                new Part("Haddad, Amira. 2015. “The Vienna Agreement: Verification and Sanctions.” Meridian Institute,"
                        + " July 21, 2015. ", false, false),
                new Part(URL, false, true),
                new Part(".", false, false));
    }

    @Test
    void italicisesAReportTitleAndNamesTheType() {
        FormattedCitation citation = Citations.format(report("Sanctions after Vienna", "Amira Haddad"),
                CitationStyle.CHICAGO);
        assertThat(citation.parts()).containsExactly(
                new Part("Haddad, Amira. 2015. ", false, false),
                new Part("Sanctions after Vienna", true, false),
                new Part(". Report. Meridian Institute. ", false, false),
                new Part(URL, false, true),
                new Part(".", false, false));
    }

    @Test
    void startsAReportWithoutAuthorsWithItsTitle() {
        assertThat(Citations.format(report("Sanctions after Vienna"), CitationStyle.CHICAGO).plainText())
                .isEqualTo("Sanctions after Vienna. 2015. Report. Meridian Institute. " + URL + ".");
    }

    @Test
    void addsNoPeriodAfterATitleThatEndsInAQuestionMark() {
        CitationInput commentary = Pieces.withTitle(commentary("Amira Haddad"), "Is Verification Enough?");
        assertThat(Citations.format(commentary, CitationStyle.CHICAGO).plainText()).isEqualTo(
                "Haddad, Amira. 2015. “Is Verification Enough?” Meridian Institute, July 21, 2015. " + URL + ".");
        assertThat(Citations.format(report("Is Verification Enough?", "Amira Haddad"), CitationStyle.CHICAGO)
                .plainText()).isEqualTo(
                "Haddad, Amira. 2015. Is Verification Enough? Report. Meridian Institute. " + URL + ".");
    }

    @Test
    void addsNoSecondPeriodAfterATitleThatEndsInOne() {
        CitationInput input = Pieces.withTitle(commentary("Amira Haddad"), "Sanctions, Etc.");
        assertThat(Citations.format(input, CitationStyle.CHICAGO).plainText())
                .startsWith("Haddad, Amira. 2015. “Sanctions, Etc.” Meridian");
    }

    @Test
    void leavesOutAMissingUrlAndPublisher() {
        CitationInput noUrl = Pieces.withPublisherAndUrl(commentary("Amira Haddad"), "Meridian Institute", "");
        assertThat(Citations.format(noUrl, CitationStyle.CHICAGO).parts())
                .containsExactly(new Part("Haddad, Amira. 2015. “The Vienna Agreement: Verification and Sanctions.”"
                        + " Meridian Institute, July 21, 2015.", false, false));

        CitationInput nothing = Pieces.withPublisherAndUrl(commentary("Amira Haddad"), " ", "");
        assertThat(Citations.format(nothing, CitationStyle.CHICAGO).plainText()).isEqualTo(
                "Haddad, Amira. 2015. “The Vienna Agreement: Verification and Sanctions.” July 21, 2015.");

        CitationInput bareReport = Pieces.withPublisherAndUrl(report("Sanctions after Vienna", "Amira Haddad"), "", "");
        assertThat(Citations.format(bareReport, CitationStyle.CHICAGO).plainText())
                .isEqualTo("Haddad, Amira. 2015. Sanctions after Vienna. Report.");
    }

    @Test
    void isTheDefaultStyle() {
        assertThat(Citations.format(commentary("Amira Haddad"), null))
                .isEqualTo(Citations.format(commentary("Amira Haddad"), CitationStyle.CHICAGO));
    }
}
