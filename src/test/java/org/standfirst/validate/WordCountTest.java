package org.standfirst.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCountTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"|0",
            "One two three.|3",
            "## A heading\t* **bold** item — and *more*|6",
            "L'état, c'est moi|3",
            "x86-64 and 3.5%|3",
            "مرحبا بالعالم|2",
            "\uD835\uDC00\uD835\uDC01 \uD835\uDC02|2",
            "日本語のテキスト|1",
            "a\u00A0b|1",
            "a\u2003b|2",
            "[link](https://example.org/page)|1"})
    void countsRunsBetweenWhiteSpaceThatHoldALetterOrDigit(String markdown, int words) {
        assertThat(WordCount.of(markdown)).isEqualTo(words);
    }

    @Test
    void countsAsTheCodePointRuleDoesForAnyText() {
        Random random = new Random(18);
        char[] alphabet = "ab Z9 \t\n\r*#_-.'\u00e9\u00A0\u2003\u0628\u65e5\uD835\uDC00\uDC00\uD835\u001C\u0085".toCharArray();
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
            assertThat(WordCount.of(text.toString())).as("%s", text).isEqualTo(byCodePoints(text.toString()));
        }
    }

    /** The rule itself, one code point at a time. */
    private static int byCodePoints(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) words++;
                inWord = true;
            } else if (Character.isWhitespace(cp)) {
                inWord = false;
            }
        }
        return words;
    }
}
