package org.standfirst.search;

import java.util.Arrays;

/**
 * Numbers as text for the index parts: five bits a character, most significant first, from an alphabet
 * that needs no escaping in JSON or JavaScript. The first 32 characters end a number, the last 32 go on.
 * search.js's {@code decode} reads it back.
 */
public final class Varints {
    static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    private static final byte[] DIGITS = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Varints() {
    }

    public static void append(StringBuilder out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int shift = 0;
        while ((value >>> shift) >= 32) shift += 5;
        for (; shift > 0; shift -= 5) out.append(ALPHABET.charAt(32 + ((value >>> shift) & 31)));
        out.append(ALPHABET.charAt(value & 31));
    }

    /** {@link #append(StringBuilder, int)} as ASCII bytes. */
    static void append(Bytes out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int shift = 0;
        while ((value >>> shift) >= 32) shift += 5;
        for (; shift > 0; shift -= 5) out.append(DIGITS[32 + ((value >>> shift) & 31)]);
        out.append(DIGITS[value & 31]);
    }

    /** Every number in {@code text}, in order. */
    public static int[] decode(String text) {
        int[] out = new int[text.length()];
        int count = 0;
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not in the alphabet: " + text.charAt(i));
            value = value * 32 + (digit & 31);
            if (digit < 32) {
                out[count++] = value;
                value = 0;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Reads numbers one at a time from a text, keeping its place. */
    static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        /** Where the next number starts. */
        int at() {
            return at;
        }

        int next() {
            int value = 0;
            while (true) {
                int digit = ALPHABET.indexOf(text.charAt(at++));
                if (digit < 0) throw new IllegalArgumentException("not in the alphabet: " + text.charAt(at - 1));
                value = value * 32 + (digit & 31);
                if (digit < 32) return value;
            }
        }

        void skip(int numbers) {
            for (int i = 0; i < numbers; i++) next();
        }
    }
}
