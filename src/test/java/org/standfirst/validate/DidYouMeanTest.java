package org.standfirst.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
    private static final Set<String> KEYS = Set.of("summary", "title", "topics", "regions", "region", "date");

    @Test
    void suggestsTheClosestKnownWord() {
        assertThat(DidYouMean.closest("summmary", KEYS)).contains("summary");
        assertThat(DidYouMean.closest("Titel", KEYS)).contains("title");
        assertThat(DidYouMean.closest("topic", KEYS)).contains("topics");
        assertThat(DidYouMean.closest("regoin", KEYS)).contains("region");
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" close: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Daniel Ashwort   | Daniel Ashworth   | true
            Daneil Ashworth  | Daniel Ashworth   | true
            Irak             | Iraq              | true
            Counter-terorism | Counter-terrorism | true
            Katarzyna Wilk   | Katarzyna Wilka   | true
            Iran             | Iraq              | false
            Li               | Lu                | false
            Lin              | Liu               | false
            Austria          | Australia         | false
            Niger            | Nigeria           | false
            Sudan            | South Sudan       | false
            Dan Ashworth     | Daniel Ashworth   | false
            Daniel Ashworth  | DANIEL ASHWORTH   | false
            Zoë Martin       | Zoe Martin        | false
            Zoë Martin       | Zoe Marten        | true
            علی رضایی        | علی رضائی         | true
            """)
    void judgesNamesCloseByEditsRelativeToLengthIgnoringCaseAndAccents(String a, String b, boolean close) {
        assertThat(DidYouMean.closeNames(a, b)).isEqualTo(close);
        assertThat(DidYouMean.closeNames(b, a)).isEqualTo(close);
    }

    @Test
    void namesTheNearestCloseName() {
        assertThat(DidYouMean.closestName("Daniel Ashwort", List.of("Daniel Ashworth", "Amira Haddad"))).contains("Daniel Ashworth");
        assertThat(DidYouMean.closestName("Lu", List.of("Li", "Daniel Ashworth"))).isEmpty();
    }
}
