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
            Maria Abbott     | Nadia Abbott      | false
            Fatima Nasser    | Farida Nasser     | false
            Amira Thorne     | Maria Thorne      | false
            James Ferreira   | James Pereira     | false
            Ivan Castell     | Ivo Castell       | false
            Maria Rossi      | Marta Rossi       | false
            Counterterrorism | Counter-terrorism | true
            Daneil Ashwort   | Daniel Ashworth   | true
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

    @Test
    void aBoundedDistanceStopsEarlyButNeverMisjudges() {
        java.util.Random random = new java.util.Random(16);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : slip(a, random);
            int full = fullDistance(a, b);
            for (int most = 0; most <= 4; most++) {
                assertThat(DidYouMean.distance(a, b, most)).as("%s ~ %s within %d", a, b, most).isEqualTo(Math.min(full, most + 1));
            }
            assertThat(DidYouMean.distance(a, b)).isEqualTo(full);
        }
    }

    private static String word(java.util.Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) out.append("abcd-".charAt(random.nextInt(5)));
        return out.toString();
    }

    private static String slip(String word, java.util.Random random) {
        if (word.length() < 2) return word + "x";
        int at = random.nextInt(word.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at) + "z" + word.substring(at);
        };
    }

    /** The textbook table, kept here as the reference the bounded one is checked against. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
