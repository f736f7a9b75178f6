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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Postings on disk while the index is made, so memory holds one bucket of them at a time, never the
 * archive's: each piece's (stem, doc, weight, positions) go to one of {@link #BUCKETS} files by stem; then
 * each bucket is sorted and encoded, and the encoded postings and positions are kept in one file, found
 * by stem.
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
    private final Map<String, Where> stems = new TreeMap<>();
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

    void add(int doc, AnalysedPiece piece) throws IOException {
        for (AnalysedPiece.Weighted stem : piece.stems()) {
            DataOutputStream out = buckets[Math.floorMod(stem.stem().hashCode(), BUCKETS)];
            out.writeUTF(stem.stem());
            out.writeInt(doc);
            out.writeByte(stem.weight());
            IndexState.writeString(out, stem.positions());
        }
    }

    /** Sorts and encodes every bucket in turn; after this, {@link #postings} answers. */
    void finish() throws IOException {
        for (DataOutputStream out : buckets) out.close();
        encoded = new RandomAccessFile(folder.resolve("postings").toFile(), "rw");
        for (int i = 0; i < BUCKETS; i++) {
            encodeBucket(i);
            Files.delete(bucket(i));
        }
    }

    private record Posting(String stem, int doc, int weight, String positions) {
    }

    private void encodeBucket(int i) throws IOException {
        List<Posting> all = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket(i)), 1 << 15))) {
            while (true) {
                String stem;
                try {
                    stem = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                all.add(new Posting(stem, in.readInt(), in.readByte(), IndexState.readString(in, Integer.MAX_VALUE)));
            }
        }
        all.sort(Comparator.comparing(Posting::stem).thenComparingInt(Posting::doc));
        int from = 0;
        while (from < all.size()) {
            String stem = all.get(from).stem();
            StringBuilder text = new StringBuilder();
            StringBuilder positions = new StringBuilder();
            int previous = 0;
            int to = from;
            for (; to < all.size() && all.get(to).stem().equals(stem); to++) {
                Varints.append(text, all.get(to).doc() - previous);
                Varints.append(text, all.get(to).weight());
                positions.append(all.get(to).positions());
                previous = all.get(to).doc();
            }
            byte[] bytes = text.append(positions).toString().getBytes(StandardCharsets.US_ASCII);
            stems.put(stem, new Where(encoded.length(), bytes.length - positions.length(), positions.length()));
            encoded.seek(encoded.length());
            encoded.write(bytes);
            from = to;
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

    private String read(long offset, int length) throws IOException {
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
