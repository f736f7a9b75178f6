package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {
    @Test
    void collapsesRunsOfWhiteSpaceOntoOneLine() {
        assertThat(Spaces.collapse("  Amira\t\tHaddad \r\n Jr. ")).isEqualTo("Amira Haddad Jr.");
        assertThat(Spaces.collapse("Amira Haddad")).isEqualTo("Amira Haddad");
        assertThat(Spaces.collapse("a\u00A0\u00A0b")).isEqualTo("a\u00A0\u00A0b"); // not \s, as before
    }

    @Test
    void givesWhatTheRegularExpressionGaveForAnyText() {
        Random random = new Random(18);
        char[] alphabet = "ab. \t\n\r\u000B\f\u00A0\u2003\u0085".toCharArray();
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
            String written = text.toString();
            assertThat(Spaces.collapse(written)).as("%s", written).isEqualTo(written.strip().replaceAll("\\s+", " "));
        }
    }
}
