package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineNumbersTest {
    private static final Parser PARSER = Parser.builder().build();

    /** Every offset of the text gets the line flexmark itself gives (Node.getStartLineNumber's count). */
    @ParameterizedTest
    @ValueSource(strings = {"", "one line", "a\nb\nc", "a\n\n\nb\n", "a\r\nb\r\n\r\nc", "a\rb\r\rc\r", "\n\n",
            "mixed\r\n\nendings\r\r\n", "[link](x.md)\n\n- item [two](y.md)\n\n> quote\r\n> [three](z.md)\n"})
    void agreesWithFlexmarkAtEveryOffset(String text) {
        Document document = PARSER.parse(text);
        LineNumbers lines = new LineNumbers(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(lines.of(offset)).as("offset %d of %s", offset, text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(document.getLineNumber(offset));
        }
    }
}
