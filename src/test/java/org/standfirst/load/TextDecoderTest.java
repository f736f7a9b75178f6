package org.standfirst.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void decodesUtf8WithoutItsBomAndWithUnixLineEnds() throws TextDecoder.NotUtf8 {
        byte[] bytes = "\uFEFFtitle: Mosul\r\n---\r\nA café, \u0645\u0648\u0635\u0644, \uD83D\uDCDA\rend".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("title: Mosul\n---\nA café, \u0645\u0648\u0635\u0644, \uD83D\uDCDA\nend");
    }

    @Test
    void keepsAReplacementCharacterWrittenInTheFile() throws TextDecoder.NotUtf8 {
        assertThat(TextDecoder.decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \uFFFD b");
    }

    @Test
    void namesTheLineOfTheFirstBadByte() {
        byte[] bytes = "one\ntwo\nthr\u00e9e".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(TextDecoder.NotUtf8.class)
                .hasMessage("not UTF-8 at line 3");
    }

    @Test
    void decidesAsTheStrictDecoderDoesForAnyBytes() {
        Random random = new Random(18);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
                "é".getBytes(StandardCharsets.UTF_8), "\uD83D\uDCDA".getBytes(StandardCharsets.UTF_8),
                "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (int n = 0; n < 5000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(8); i > 0; i--) out.writeBytes(pieces[random.nextInt(pieces.length)]);
            byte[] bytes = out.toByteArray();
            assertThat(outcome(() -> TextDecoder.decode(bytes))).isEqualTo(outcome(() -> TextDecoder.strict(bytes)));
        }
    }

    private interface Decoding {
        String run() throws TextDecoder.NotUtf8;
    }

    private static String outcome(Decoding decoding) {
        try {
            return "text: " + decoding.run();
        } catch (TextDecoder.NotUtf8 e) {
            return "refused: " + e.getMessage();
        }
    }
}
