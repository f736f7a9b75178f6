package org.standfirst.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Postings on disk while the index is made, so memory holds a bucket or two of them at a time, never the
 * archive's: each piece's (stem, doc, weight, positions) go to one of {@link #BUCKETS} files by stem; then
 * each bucket is grouped by stem and encoded, and the encoded postings and positions are kept in one file,
 * found by stem. Pieces may be added from several threads at once, and buckets are encoded in parallel:
 * each stem's postings are put in document order when they are encoded, so the order of arrival does not
 * show.
 */
final class PostingSpill implements Postings, AutoCloseable {
    private static final int BUCKETS = 64;

    /** A stem's postings ({@code postings} characters from {@code offset}), then its positions. */
    private record Where(long offset, int postings, int positions) {
    }

    private static final Where NOWHERE = new Where(0, 0, 0);
    private final Path folder;
    private final DataOutputStream[] buckets = new DataOutputStream[BUCKETS];
    /** Where each stem's encoded postings lie in {@link #encoded}, with its positions right after them. */
    private final Map<String, Where> stems = new HashMap<>();
    private RandomAccessFile encoded;

    PostingSpill(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(bucket(i)), 1 << 15));
        }
    }

    private Path bucket(int i) {
        return folder.resolve("bucket-" + i);
    }

    /** Spills a piece's postings; safe to call from several threads at once. */
    void add(int doc, AnalysedPiece piece) throws IOException {
        for (AnalysedPiece.Weighted stem : piece.stems()) {
            byte[] name = stem.stem().getBytes(StandardCharsets.UTF_8);
            byte[] positions = stem.positions().getBytes(StandardCharsets.US_ASCII);
            DataOutputStream out = buckets[Math.floorMod(stem.stem().hashCode(), BUCKETS)];
            synchronized (out) {
                out.writeShort(name.length);
                out.write(name);
                out.writeInt(doc);
                out.writeByte(stem.weight());
                out.writeInt(positions.length);
                out.write(positions);
            }
        }
    }

    /** Encodes every bucket, two or more at a time; after this, {@link #postings} answers. */
    void finish() throws IOException {
        for (DataOutputStream out : buckets) out.close();
        encoded = new RandomAccessFile(folder.resolve("postings").toFile(), "rw");
        try {
            IntStream.range(0, BUCKETS).parallel().forEach(i -> {
                try {
                    encodeBucket(i);
                    Files.delete(bucket(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One stem's postings as read from a bucket: documents, weights and where each one's positions lie in the bucket's bytes. */
    private static final class Gathered {
        int[] docs = new int[4];
        int[] weights = new int[4];
        int[] from = new int[4];
        int[] length = new int[4];
        int count;

        void add(int doc, int weight, int at, int size) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, 2 * count);
                weights = Arrays.copyOf(weights, 2 * count);
                from = Arrays.copyOf(from, 2 * count);
                length = Arrays.copyOf(length, 2 * count);
            }
            docs[count] = doc;
            weights[count] = weight;
            from[count] = at;
            length[count] = size;
            count++;
        }

        /** The indices of the postings in document order: as added, unless pieces were spilled out of order. */
        int[] order() {
            int[] order = new int[count];
            boolean sorted = true;
            for (int i = 0; i < count; i++) {
                order[i] = i;
                sorted &= i == 0 || docs[i - 1] < docs[i];
            }
            if (sorted) return order;
            long[] keyed = new long[count];
            for (int i = 0; i < count; i++) keyed[i] = (long) docs[i] << 32 | i;
            Arrays.sort(keyed);
            for (int i = 0; i < count; i++) order[i] = (int) keyed[i];
            return order;
        }
    }

    private void encodeBucket(int i) throws IOException {
        Map<String, Gathered> gathered = new HashMap<>();
        Bytes positions = new Bytes(1 << 16);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket(i)), 1 << 15))) {
            byte[] name = new byte[256];
            while (true) {
                int length;
                try {
                    length = in.readUnsignedShort();
                } catch (EOFException end) {
                    break;
                }
                if (length > name.length) name = new byte[Math.max(length, 2 * name.length)];
                in.readFully(name, 0, length);
                String stem = new String(name, 0, length, StandardCharsets.UTF_8);
                int doc = in.readInt();
                int weight = in.readByte();
                int size = in.readInt();
                int at = positions.length();
                positions.read(in, size);
                gathered.computeIfAbsent(stem, s -> new Gathered()).add(doc, weight, at, size);
            }
        }
        String[] keys = gathered.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Bytes out = new Bytes(positions.length() + (positions.length() >> 2));
        Map<String, Where> found = new HashMap<>();
        for (String stem : keys) {
            Gathered postings = gathered.get(stem);
            int[] order = postings.order();
            int start = out.length();
            int previous = 0;
            for (int at : order) {
                Varints.append(out, postings.docs[at] - previous);
                Varints.append(out, postings.weights[at]);
                previous = postings.docs[at];
            }
            int middle = out.length();
            for (int at : order) out.append(positions, postings.from[at], postings.length[at]);
            found.put(stem, new Where(start, middle - start, out.length() - middle));
        }
        synchronized (this) {
            long base = encoded.length();
            encoded.seek(base);
            encoded.write(out.array(), 0, out.length());
            found.forEach((stem, where) -> stems.put(stem, new Where(base + where.offset(), where.postings(), where.positions())));
        }
    }

    @Override
    public int size(String stem) {
        return stems.getOrDefault(stem, NOWHERE).postings();
    }

    @Override
    public String of(String stem) throws IOException {
        Where where = stems.getOrDefault(stem, NOWHERE);
        return read(where.offset(), where.postings());
    }

    @Override
    public int positionsSize(String stem) {
        return stems.getOrDefault(stem, NOWHERE).positions();
    }

    @Override
    public String positions(String stem) throws IOException {
        Where where = stems.getOrDefault(stem, NOWHERE);
        return read(where.offset() + where.postings(), where.positions());
    }

    private synchronized String read(long offset, int length) throws IOException {
        if (length == 0) return "";
        byte[] bytes = new byte[length];
        encoded.seek(offset);
        encoded.readFully(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        for (DataOutputStream out : buckets) out.close();
        if (encoded != null) encoded.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }
}
