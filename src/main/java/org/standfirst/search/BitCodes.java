package org.standfirst.search;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The facet columns' bit codes: a bit stream written six bits a character in {@link Varints}' alphabet
 * (most significant first, the last character padded with zeros), Elias gamma codes for run lengths, and
 * canonical Huffman codes for values, so that a common author costs a few bits and a rare one a few more.
 * search.js's {@code Bits} and {@code huffman} read them back.
 */
final class BitCodes {
    /** Huffman codes no longer than this: search.js builds them in 32-bit integers. */
    static final int LONGEST = 30;

    private BitCodes() {
    }

    /** Bits, six to a character. */
    static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private int pending;
        private int count;

        void bits(int value, int length) {
            for (int i = length - 1; i >= 0; i--) bit((value >>> i) & 1);
        }

        private void bit(int bit) {
            pending = pending << 1 | bit;
            if (++count == 6) {
                out.append(Varints.ALPHABET.charAt(pending));
                pending = 0;
                count = 0;
            }
        }

        /** {@code value} ≥ 1 as an Elias gamma code: as many zeros as it has bits after the first, then its bits. */
        void gamma(int value) {
            if (value < 1) throw new IllegalArgumentException("not positive: " + value);
            int length = 32 - Integer.numberOfLeadingZeros(value);
            bits(0, length - 1);
            bits(value, length);
        }

        /** How many bits so far. */
        long length() {
            return 6L * out.length() + count;
        }

        String text() {
            StringBuilder all = new StringBuilder(out);
            if (count > 0) all.append(Varints.ALPHABET.charAt(pending << (6 - count)));
            return all.toString();
        }
    }

    /**
     * The code length of each symbol for a Huffman code of {@code counts} (0 for a symbol never used; a
     * lone symbol gets one bit), at most {@link #LONGEST}. Ties are broken by symbol, so equal counts give
     * equal codes.
     */
    static int[] lengths(long[] counts) {
        long[] weights = counts.clone();
        while (true) {
            int[] lengths = build(weights);
            if (Arrays.stream(lengths).max().orElse(0) <= LONGEST) return lengths;
            // Too deep: flatten the counts and build again (only archives of millions of entries get here).
            for (int i = 0; i < weights.length; i++) if (weights[i] > 0) weights[i] = (weights[i] + 1) / 2;
        }
    }

    private static int[] build(long[] counts) {
        int symbols = counts.length;
        int[] lengths = new int[symbols];
        // Nodes 0..symbols-1 are leaves; later ones are joins. Ties go to the lower node number.
        int[] parent = new int[2 * symbols];
        long[] weight = new long[2 * symbols];
        PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> weight[a] != weight[b] ? Long.compare(weight[a], weight[b]) : Integer.compare(a, b));
        for (int i = 0; i < symbols; i++) {
            if (counts[i] > 0) {
                weight[i] = counts[i];
                queue.add(i);
            }
        }
        if (queue.size() == 1) lengths[queue.peek()] = 1;
        if (queue.size() <= 1) return lengths;
        int next = symbols;
        Arrays.fill(parent, -1);
        while (queue.size() > 1) {
            int a = queue.poll();
            int b = queue.poll();
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            queue.add(next++);
        }
        for (int i = 0; i < symbols; i++) {
            if (counts[i] == 0) continue;
            int depth = 0;
            for (int at = i; parent[at] >= 0; at = parent[at]) depth++;
            lengths[i] = depth;
        }
        return lengths;
    }

    /** The canonical codes of {@code lengths}: shorter codes first, then by symbol. */
    static int[] codes(int[] lengths) {
        int[] codes = new int[lengths.length];
        int code = 0;
        for (int length = 1; length <= LONGEST; length++) {
            for (int symbol = 0; symbol < lengths.length; symbol++) {
                if (lengths[symbol] == length) codes[symbol] = code++;
            }
            code <<= 1;
        }
        return codes;
    }
}
