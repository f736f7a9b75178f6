package org.standfirst.render.image;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the render stage lets an incremental build remember between builds: each derivative as
 * encoded, by its source's bytes and its {@link Derivative}. The default remembers nothing, so
 * every derivative is encoded.
 */
public interface ImageMemo {
    /** Remembers nothing: a build without a cache. */
    ImageMemo NONE = new ImageMemo() {
    };

    /** An encoded derivative and its size in pixels. */
    record Encoded(int width, int height, byte[] bytes) {
    }

    /** The derivative of the source whose bytes have SHA-256 {@code sourceDigest}, when one was kept. */
    default Optional<Encoded> recall(String sourceDigest, Derivative derivative) {
        return Optional.empty();
    }

    /** A derivative just encoded. */
    default void remember(String sourceDigest, Derivative derivative, Encoded encoded) {
    }

    /** What a source file held when a build read it: the SHA-256 of its bytes and its size in pixels. */
    record Source(String digest, int width, int height) {
    }

    /**
     * What the source {@code file} held when an earlier build read it at this {@code size} in bytes
     * and modification time, so a rebuild need not read and digest it again.
     */
    default Optional<Source> recallSource(Path file, long size, Instant modified) {
        return Optional.empty();
    }

    /** A source just read, at the size and time taken before reading it. */
    default void rememberSource(Path file, long size, Instant modified, Source source) {
    }

    /** Called once the site has rendered without errors: derivatives no build used can go. */
    default void finish() {
    }
}
