package org.standfirst.incremental;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.util.HexFormat;
import java.util.List;
import org.standfirst.Digests;

/**
 * A key of the build cache: a SHA-256 of canonical bytes, added field by field. Texts carry their
 * length, records go through {@link RecordCodec} (sets and maps in sorted order), and a key never
 * depends on {@code toString()}, {@code hashCode()} or the iteration order of a collection, which
 * can differ between two starts of the same JVM on the same input.
 */
public final class CacheKey {
    private static final ClassValue<RecordCodec<?>> CODECS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordCodec<?> computeValue(Class<?> type) {
            return RecordCodec.of((Class) type);
        }
    };

    private final DigestOutputStream digest;
    private final DataOutputStream out;

    private CacheKey(String kind) {
        digest = new DigestOutputStream(OutputStream.nullOutputStream(), Digests.sha256());
        out = new DataOutputStream(new BufferedOutputStream(digest, 512));
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

    /** The key's 32 bytes; the key cannot be added to after this. */
    public byte[] digest() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.getMessageDigest().digest();
    }

    /** The key as 64 hex digits, as file names and the page index store it. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }
}
