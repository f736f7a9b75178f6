package org.standfirst.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the line of the first bad byte, and accepts a BOM and CRLF. */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Thrown when the bytes are not UTF-8; {@code line} is 1-based. */
    static final class NotUtf8 extends Exception {
        final int line;

        NotUtf8(int line) {
            super("not UTF-8 at line " + line, null, false, false);
            this.line = line;
        }
    }

    static String decode(byte[] bytes) throws NotUtf8 {
        // The JDK's own decoding is the quickest, but replaces a bad byte with U+FFFD instead of saying
        // where it is: without a U+FFFD the bytes were UTF-8; with one (bad bytes, or a U+FFFD written in
        // the file) the strict decoder decides.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) return withoutBom(quick);
        return strict(bytes);
    }

    /** What {@link #decode} gives, decoded strictly whatever the bytes: for a test to compare. */
    static String strict(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) throw new NotUtf8(lineAt(bytes, in.position()));
        result = decoder.flush(out);
        if (result.isError()) throw new NotUtf8(lineAt(bytes, in.position()));
        return withoutBom(out.flip().toString());
    }

    private static String withoutBom(String text) {
        return normaliseLineEnds(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
