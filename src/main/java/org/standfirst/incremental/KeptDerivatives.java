package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.standfirst.render.image.Derivative;
import org.standfirst.render.image.ImageMemo;

/**
 * Image derivatives kept between builds in the build cache ({@code images/}), so an unchanged image
 * is never encoded again. A derivative is keyed by the SHA-256 of its source's bytes and its
 * {@link Derivative} record as canonical bytes; it holds its size in pixels and its encoded bytes.
 * Derivatives no build used are deleted when a build succeeds.
 *
 * <p>Beside them, what each source file held (its digest and size in pixels) by its path, length and
 * modification time, so a rebuild neither reads nor digests an unchanged source. Like the validated
 * articles, a source is known by its time only once that time is a tick older than the build (see
 * {@link FileTimes}): one saved again within the tick it was read in is read again by the next build.
 */
final class KeptDerivatives implements ImageMemo {
    static final String AREA = "images";
    private static final int MAX_SIDE = 1 << 16;
    private static final int HEADER = 3 * Integer.BYTES;
    private final BuildCache.Blobs blobs;
    /** Made before any source is read in this build; see {@link FileTimes}. */
    private final Instant start = Instant.now();

    KeptDerivatives(BuildCache cache) {
        this.blobs = cache.blobs(AREA);
    }

    static String key(String sourceDigest, Derivative derivative) {
        return CacheKey.of("image").text(sourceDigest).record(derivative).hex();
    }

    static String sourceKey(Path file, long size, Instant modified) {
        return CacheKey.of("image-source").text(file.toAbsolutePath().normalize().toString()).number(size)
                .number(modified.getEpochSecond()).number(modified.getNano()).hex();
    }

    @Override
    public Optional<Source> recallSource(Path file, long size, Instant modified) {
        return blobs.read(sourceKey(file, size, modified), "").map(KeptDerivatives::decodeSource);
    }

    private static Source decodeSource(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            String digest = RecordCodec.readString(in);
            int width = in.readInt();
            int height = in.readInt();
            boolean sound = digest != null && digest.length() == 64 && digest.chars().allMatch(HexFormat::isHexDigit)
                    && width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE && in.read() == -1;
            return sound ? new Source(digest, width, height) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void rememberSource(Path file, long size, Instant modified, Source source) {
        if (!FileTimes.settled(modified, start)) return;
        blobs.write(sourceKey(file, size, modified), "", out -> {
            RecordCodec.writeString(out, source.digest());
            out.writeInt(source.width());
            out.writeInt(source.height());
        });
    }

    @Override
    public Optional<Encoded> recall(String sourceDigest, Derivative derivative) {
        return blobs.read(key(sourceDigest, derivative), "").map(KeptDerivatives::decode);
    }

    private static Encoded decode(byte[] payload) {
        if (payload.length < HEADER) return null;
        ByteBuffer in = ByteBuffer.wrap(payload); // big-endian, as DataOutputStream wrote it
        int width = in.getInt(0);
        int height = in.getInt(Integer.BYTES);
        int length = in.getInt(2 * Integer.BYTES);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || length != payload.length - HEADER) {
            return null;
        }
        // One copy of the encoded bytes (a stream's readNBytes copies a large file chunk by chunk, then again).
        return new Encoded(width, height, Arrays.copyOfRange(payload, HEADER, payload.length));
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
