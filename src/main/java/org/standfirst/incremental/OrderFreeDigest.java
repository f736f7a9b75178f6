package org.standfirst.incremental;

import java.util.Locale;

/**
 * A digest of a set of strings that does not depend on their order, made without sorting them: each
 * string gets two 64-bit hashes of its own, which are added up and combined by exclusive or. Not for
 * security, and not a cryptographic digest; enough to tell whether the paths and pages a site's links
 * can lead to are exactly those of the last build, without the sort that hashing them as one text
 * would need.
 */
final class OrderFreeDigest {
    private long sumA;
    private long sumB;
    private long xorA;
    private long xorB;
    private long count;

    /**
     * Adds the strings {@code parts} as one item, as if joined with a separator no string holds
     * (without making the joined string); adding the same item twice counts it twice.
     */
    void add(String... parts) {
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        long length = 0;
        for (String text : parts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = (b ^ c) * 0x9e3779b97f4a7c15L;
            }
            a = (a ^ 0x10000) * 0x100000001b3L; // the separator: not a char value
            b = (b ^ 0x10000) * 0x9e3779b97f4a7c15L;
            length += text.length() + 1;
        }
        a = mix(a + length);
        b = mix(b ^ length);
        sumA += a;
        sumB += b;
        xorA ^= mix(a + 0x632be59bd9b4e019L);
        xorB ^= mix(b + 0x8cb92ba72f3d8dd7L);
        count++;
    }

    /** The digest as hex: 64 digits and the count. */
    String value() {
        return String.format(Locale.ROOT, "%016x%016x%016x%016x-%d", sumA, sumB, xorA, xorB, count);
    }

    /** The finaliser of SplitMix64: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
