package org.standfirst.search;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Postings on disk while the index is made, so memory holds a bucket or two of them at a time, never the
 * archive's: each piece's (stem, doc, weight, positions) go to one of {@link #BUCKETS} files by stem; then
 * each bucket is grouped by stem and encoded, and the encoded postings and positions are kept in one file,
 * found by stem. A piece's records are made on any thread ({@link #records}) and spilled on one; buckets are
 * encoded in parallel. Each stem's postings are put in document order when they are encoded, so the order in
 * which pieces are spilled does not show.
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

    /** A piece's records, bucket by bucket, made before they are written. */
    private static final ThreadLocal<Bytes[]> CHUNKS = ThreadLocal.withInitial(() -> {
        Bytes[] chunks = new Bytes[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) chunks[i] = new Bytes(256);
        return chunks;
    });

    /**
     * A piece's records, ready to be spilled: bucket {@code b}'s are the bytes from {@code ends[b - 1]}
     * (0 for the first) to {@code ends[b]}.
     */
    record Records(byte[] bytes, int[] ends) {
    }

    /** The records of a piece's postings: the costly part of spilling it, safe on any thread. */
    static Records records(int doc, AnalysedPiece piece) {
        Bytes[] chunks = CHUNKS.get();
        for (Bytes chunk : chunks) chunk.clear();
        for (AnalysedPiece.Weighted stem : piece.stems()) {
            Bytes chunk = chunks[Math.floorMod(stem.stem().hashCode(), BUCKETS)];
            byte[] name = stem.stem().getBytes(StandardCharsets.UTF_8);
            chunk.appendShort(name.length);
            chunk.append(name, 0, name.length);
            chunk.appendInt(doc);
            chunk.append((byte) stem.weight());
            chunk.appendInt(stem.positions().length());
            chunk.appendAscii(stem.positions());
        }
        int size = 0;
        for (Bytes chunk : chunks) size += chunk.length();
        byte[] bytes = new byte[size];
        int[] ends = new int[BUCKETS];
        int at = 0;
        for (int i = 0; i < BUCKETS; i++) {
            System.arraycopy(chunks[i].array(), 0, bytes, at, chunks[i].length());
            at += chunks[i].length();
            ends[i] = at;
        }
        return new Records(bytes, ends);
    }

    /**
     * Spills a piece's records. Pieces spilled in document order need not be sorted again when their
     * buckets are encoded.
     */
    void add(Records records) throws IOException {
        int from = 0;
        for (int i = 0; i < BUCKETS; i++) {
            int to = records.ends()[i];
            if (to > from) buckets[i].write(records.bytes(), from, to - from);
            from = to;
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
        // A bucket is a 64th of the spill: read whole, its positions are copied out of this array once.
        byte[] bucket = Files.readAllBytes(bucket(i));
        ByteBuffer in = ByteBuffer.wrap(bucket);
        while (in.hasRemaining()) {
            int length = Short.toUnsignedInt(in.getShort());
            String stem = new String(bucket, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            int doc = in.getInt();
            int weight = in.get();
            int size = in.getInt();
            gathered.computeIfAbsent(stem, s -> new Gathered()).add(doc, weight, in.position(), size);
            in.position(in.position() + size);
        }
        String[] keys = gathered.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Bytes out = new Bytes(bucket.length);
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
            for (int at : order) out.append(bucket, postings.from[at], postings.length[at]);
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
