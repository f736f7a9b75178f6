package org.standfirst.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A key of the build cache: a 128-bit hash of canonical bytes, added field by field. Texts carry their
 * length, records go through {@link RecordCodec} (sets and maps in sorted order), and a key never
 * depends on {@code toString()}, {@code hashCode()} or the iteration order of a collection, which
 * can differ between two starts of the same JVM on the same input.
 *
 * <p>The hash is MurmurHash3's 128-bit form, not a cryptographic digest: a key guards against
 * accidental sameness of what the build reads, which 128 bits make vanishingly unlikely, not against
 * an adversary (the archive's authors write its input anyway). A rebuild makes some 75,000 keys, and
 * a rebuild's JVM compiles with C1 alone, whose code computes SHA-256 without the CPU's SHA
 * instructions, an order of magnitude slower than this hash (see docs/performance.md).
 */
public final class CacheKey {
    /** How many hex digits {@link #hex} gives. */
    public static final int HEX_LENGTH = 32;
    private static final ClassValue<RecordCodec<?>> CODECS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordCodec<?> computeValue(Class<?> type) {
            return RecordCodec.of((Class) type);
        }
    };

    private final KeyBytes bytes = new KeyBytes();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private CacheKey(String kind) {
        text(kind);
    }

    /** A key for one kind of cached thing ("page", "body", "related" …): keys of two kinds never meet. */
    public static CacheKey of(String kind) {
        return new CacheKey(kind);
    }

    public CacheKey text(String text) {
        try {
            RecordCodec.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Texts in their order (a list's order is part of what it says); the count first. */
    public CacheKey texts(List<String> texts) {
        number(texts.size());
        for (String text : texts) text(text);
        return this;
    }

    public CacheKey number(long number) {
        try {
            out.writeLong(number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CacheKey flag(boolean flag) {
        return number(flag ? 1 : 0);
    }

    /** Another key's digest, or any bytes: with their length, so two parts never run into each other. */
    public CacheKey bytes(byte[] bytes) {
        try {
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A record, by every component, as {@link RecordCodec} encodes it; null is a value of its own. */
    public <T extends Record> CacheKey record(T value) {
        try {
            out.writeBoolean(value != null);
            if (value != null) codec(value).write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> RecordCodec<T> codec(T value) {
        return (RecordCodec<T>) CODECS.get(value.getClass());
    }

    /** The key's 16 bytes; the key cannot be added to after this. */
    public byte[] digest() {
        return bytes.hash();
    }

    /** The key as {@value #HEX_LENGTH} hex digits, as file names and the page index store it. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }

    /**
     * The bytes of a key, hashed when it is done. A long key (every input file's stamp, every URL of
     * the sitemap) is hashed a part at a time, each part's hash leading the next part, so a key never
     * holds more than a part's bytes.
     */
    private static final class KeyBytes extends OutputStream {
        private static final int PART = 1 << 16;
        private static final int HASH = 16;
        private byte[] buffer = new byte[256];
        private int count;

        @Override
        public void write(int b) {
            room(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, room(length));
                System.arraycopy(b, offset, buffer, count, n);
                count += n;
                offset += n;
                length -= n;
            }
        }

        /** Makes room for up to {@code wanted} more bytes in the part; how many fit. */
        private int room(int wanted) {
            if (count == PART) {
                byte[] hash = hash();
                System.arraycopy(hash, 0, buffer, 0, HASH);
                count = HASH;
            }
            int fits = Math.min(wanted, PART - count);
            if (count + fits > buffer.length) buffer = Arrays.copyOf(buffer, Math.min(PART, Math.max(count + fits, buffer.length * 2)));
            return fits;
        }

        byte[] hash() {
            long[] hash = MurmurHash3.hash128x64(buffer, 0, count, 0);
            return ByteBuffer.allocate(HASH).putLong(hash[0]).putLong(hash[1]).array();
        }
    }
}
