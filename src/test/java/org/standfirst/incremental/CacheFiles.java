package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reaches into a build cache's files, for tests that damage or mark them. */
public final class CacheFiles {
    private CacheFiles() {
    }

    /** The page indexes in the cache folder {@code cache}: one per output built beside it. */
    public static List<Path> pageIndexes(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve(PageIndex.AREA))) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{32}")).toList();
        }
    }

    /** Appends {@code text} to the feed body kept in {@code file}, keeping the file whole, so a build that uses it shows it. */
    public static void markFeedBody(Path file, String text) throws IOException {
        byte[] payload = BuildCache.unframe(Files.readAllBytes(file));
        if (payload == null) throw new IOException("not a whole cache file: " + file);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        String base = RecordCodec.readString(in);
        String digest = RecordCodec.readString(in);
        String body = RecordCodec.readString(in);
        byte[] framed = BuildCache.frame(out -> {
            RecordCodec.writeString(out, base);
            RecordCodec.writeString(out, digest);
            RecordCodec.writeString(out, body + text);
        });
        Files.write(file, framed);
    }
}
