package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standfirst.render.cite.Pieces.TITLE;
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

class ApaReferenceTest {
    private static final String FIRST_NINETEEN = "Aaltonen, A., Brandt, B., Curie, C., Doyle, D., Eze, E., Fahmy, F.,"
            + " Grant, G., Haas, H., Iliev, I., Jensen, J., Kim, K., Lund, L., Mensah, M., Nunez, N., Olsen, O.,"
            + " Park, P., Quist, Q., Reis, R., Said, S.";

    static Stream<Arguments> authorLists() {
        return Stream.of(
                Arguments.of(List.of(), ""),
                Arguments.of(List.of("Amira Haddad"), "Haddad, A."),
                Arguments.of(List.of("Amira Haddad", "Laurence Okafor"), "Haddad, A., & Okafor, L."),
                Arguments.of(List.of("Amira Haddad", "Laurence Okafor", "Ludwig van Beethoven"),
                        "Haddad, A., Okafor, L., & van Beethoven, L."),
                Arguments.of(Pieces.TWENTY_ONE.subList(0, 20), FIRST_NINETEEN + ", & Tan, T."),
                Arguments.of(Pieces.TWENTY_ONE, FIRST_NINETEEN + ", . . . Ueda, U."),
                Arguments.of(List.of("Jean-Luc Picard", "Mary Anne Smith"), "Picard, J.-L., & Smith, M. A."),
                Arguments.of(List.of("Martin Luther King Jr."), "King, M. L., Jr."),
                Arguments.of(List.of("Plato"), "Plato."),
                Arguments.of(List.of("Council on Foreign Relations", "Amira Haddad"),
                        "Council on Foreign Relations, & Haddad, A."),
                Arguments.of(List.of("محمد علی"), "علی, م."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorLists")
    void invertsEveryAuthorWithInitialsAndShortensListsOfMoreThanTwenty(List<String> authors, String names) {
        CitationInput input = Pieces.withAuthors(commentary(), authors);
        String expected = authors.isEmpty()
                ? TITLE + ". (2015, July 21). Meridian Institute. " + URL
                : names + " (2015, July 21). " + TITLE + ". Meridian Institute. " + URL;
        assertThat(Citations.format(input, CitationStyle.APA).plainText()).isEqualTo(expected);
    }

    @Test
    void italicisesTheTitleKeepsItsCapitalsAndEndsWithTheBareUrl() {
        FormattedCitation citation = Citations.format(commentary("Amira Haddad", "Laurence Okafor"), CitationStyle.APA);
        assertThat(citation.parts()).containsExactly(
                new Part("Haddad, A., & Okafor, L. (2015, July 21). ", false, false),
                new Part(TITLE, true, false),
                new Part(". Meridian Institute. ", false, false),
                new Part(URL, false, true));
    }

    @Test
    void datesAReportByItsYear() {
        FormattedCitation citation = Citations.format(report("Sanctions after Vienna", "Amira Haddad"), CitationStyle.APA);
        assertThat(citation.parts()).containsExactly(
                new Part("Haddad, A. (2015). ", false, false),
                new Part("Sanctions after Vienna", true, false),
                new Part(". Meridian Institute. ", false, false),
                new Part(URL, false, true));
    }

    @Test
    void putsTheTitleFirstWhenThereAreNoAuthors() {
        assertThat(Citations.format(report("Sanctions after Vienna"), CitationStyle.APA).parts()).containsExactly(
                new Part("Sanctions after Vienna", true, false),
                new Part(". (2015). Meridian Institute. ", false, false),
                new Part(URL, false, true));
    }

    @Test
    void leavesOutThePublisherWhenItIsAlsoTheAuthor() {
        assertThat(Citations.format(report("Sanctions after Vienna", "Meridian Institute"), CitationStyle.APA)
                .plainText()).isEqualTo("Meridian Institute. (2015). Sanctions after Vienna. " + URL);
    }

    @Test
    void addsNoPeriodAfterATitleThatEndsInAQuestionMark() {
        CitationInput input = Pieces.withTitle(commentary("Amira Haddad"), "Is Verification Enough?");
        assertThat(Citations.format(input, CitationStyle.APA).parts()).containsExactly(
                new Part("Haddad, A. (2015, July 21). ", false, false),
                new Part("Is Verification Enough?", true, false),
                new Part(" Meridian Institute. ", false, false),
                new Part(URL, false, true));
        CitationInput anonymous = Pieces.withAuthors(input, List.of());
        assertThat(Citations.format(anonymous, CitationStyle.APA).plainText())
                .isEqualTo("Is Verification Enough? (2015, July 21). Meridian Institute. " + URL);
    }

    @Test
    void leavesOutAMissingUrlAndPublisher() {
        CitationInput input = Pieces.withPublisherAndUrl(commentary("Amira Haddad"), "", "");
        assertThat(Citations.format(input, CitationStyle.APA).plainText())
                .isEqualTo("Haddad, A. (2015, July 21). " + TITLE + ".");
    }

    @Test
    void writesNoMarkupIntoTheParts() {
        CitationInput input = Pieces.withTitle(commentary("Amira Haddad"), "Rock & Roll <i>Diplomacy</i>");
        assertThat(Citations.format(input, CitationStyle.APA).parts())
                .contains(new Part("Rock & Roll <i>Diplomacy</i>", true, false));
    }
}
