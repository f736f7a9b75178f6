package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;
import org.standfirst.render.image.Derivative;
import org.standfirst.render.image.ImageMemo;

/**
 * Image derivatives kept between builds in the build cache ({@code images/}), so an unchanged image
 * is never encoded again. A derivative is keyed by the SHA-256 of its source's bytes and its
 * {@link Derivative} record as canonical bytes; it holds its size in pixels and its encoded bytes.
 * Derivatives no build used are deleted when a build succeeds.
 */
final class KeptDerivatives implements ImageMemo {
    static final String AREA = "images";
    private static final int MAX_SIDE = 1 << 16;
    private final BuildCache.Blobs blobs;

    KeptDerivatives(BuildCache cache) {
        this.blobs = cache.blobs(AREA);
    }

    static String key(String sourceDigest, Derivative derivative) {
        return CacheKey.of("image").text(sourceDigest).record(derivative).hex();
    }

    @Override
    public Optional<Encoded> recall(String sourceDigest, Derivative derivative) {
        return blobs.read(key(sourceDigest, derivative), "").map(KeptDerivatives::decode);
    }

    private static Encoded decode(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            int width = in.readInt();
            int height = in.readInt();
            int length = in.readInt();
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || length < 0 || length > payload.length) {
                return null;
            }
            byte[] bytes = in.readNBytes(length);
            return bytes.length != length || in.read() != -1 ? null : new Encoded(width, height, bytes);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void remember(String sourceDigest, Derivative derivative, Encoded encoded) {
        blobs.write(key(sourceDigest, derivative), "", out -> {
            out.writeInt(encoded.width());
            out.writeInt(encoded.height());
            out.writeInt(encoded.bytes().length);
            out.write(encoded.bytes());
        });
    }

    @Override
    public void finish() {
        blobs.prune();
    }
}
