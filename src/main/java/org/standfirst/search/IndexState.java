package org.standfirst.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last build's index was made from, kept between builds so that a rebuild patches the index
 * instead of making it again: each document's keys, the vocabulary with its document counts, each stem's
 * postings size and a part that holds its postings, and each term part's key and digests.
 *
 * @param analyses each document's analysis key (see {@link SearchMemo#key}), by document number
 * @param fragments each document's result-fragment key: its analysis and what the fragment shows besides
 * @param stems every stem of the index, with the sizes of its postings and positions and the term part
 *              ({@code holder}, an index into {@code shards}) whose kept postings hold it
 * @param shards the term parts in key order
 */
record IndexState(List<String> analyses, List<String> fragments, Vocabulary vocabulary, Map<String, Stem> stems,
                  List<ShardState> shards) {
    /** Raise when what is written below changes. */
    private static final int VERSION = 3;
    private static final HexFormat HEX = HexFormat.of();
    /** The longest digest kept: a SHA-256's 32 bytes. */
    private static final int MAX_DIGEST = 32;

    /** A stem's postings size (for planning parts), its positions size (a large one has a file of its own), and a part that holds both. */
    record Stem(int size, int positions, int holder) {
    }

    /**
     * @param content the digest of the part's bytes, which also names its kept postings
     * @param words {@link TermShards#wordsDigest}
     */
    record ShardState(String key, String content, String words) {
    }

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(VERSION);
            out.writeInt(analyses.size());
            for (int doc = 0; doc < analyses.size(); doc++) {
                writeDigest(out, analyses.get(doc));
                writeDigest(out, fragments.get(doc));
            }
            out.writeInt(vocabulary.words().size());
            for (Map.Entry<String, Vocabulary.Stems> word : vocabulary.words().entrySet()) {
                writeString(out, word.getKey());
                List<String> stems = word.getValue().stems();
                out.writeInt(stems.size());
                for (int i = 0; i < stems.size(); i++) {
                    writeString(out, stems.get(i));
                    out.writeInt(word.getValue().docs(i));
                }
            }
            out.writeInt(stems.size());
            for (Map.Entry<String, Stem> stem : new TreeMap<>(stems).entrySet()) {
                writeString(out, stem.getKey());
                out.writeInt(stem.getValue().size());
                out.writeInt(stem.getValue().positions());
                out.writeInt(stem.getValue().holder());
            }
            out.writeInt(shards.size());
            for (ShardState shard : shards) {
                writeString(out, shard.key());
                writeDigest(out, shard.content());
                writeDigest(out, shard.words());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #encode} wrote, or empty when it is not that (another version, or damaged). */
    static Optional<IndexState> decode(byte[] kept) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept))) {
            if (in.readInt() != VERSION) return Optional.empty();
            int docs = count(in, kept);
            String[] analyses = new String[docs];
            String[] fragments = new String[docs];
            for (int doc = 0; doc < docs; doc++) {
                analyses[doc] = digest(in);
                fragments[doc] = digest(in);
            }
            Vocabulary vocabulary = new Vocabulary();
            int words = count(in, kept);
            for (int i = 0; i < words; i++) {
                String word = readString(in, kept.length);
                int stems = count(in, kept);
                for (int j = 0; j < stems; j++) vocabulary.put(word, readString(in, kept.length), in.readInt());
            }
            int stemCount = count(in, kept);
            Map<String, Stem> stems = new HashMap<>(stemCount * 2);
            for (int i = 0; i < stemCount; i++) stems.put(readString(in, kept.length), new Stem(in.readInt(), in.readInt(), in.readInt()));
            int shardCount = count(in, kept);
            ShardState[] shards = new ShardState[shardCount];
            for (int i = 0; i < shardCount; i++) shards[i] = new ShardState(readString(in, kept.length), digest(in), digest(in));
            if (in.read() != -1) return Optional.empty();
            return Optional.of(new IndexState(List.of(analyses), List.of(fragments), vocabulary, stems, List.of(shards)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int count(DataInputStream in, byte[] kept) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > kept.length) throw new IOException("not a count: " + count);
        return count;
    }

    /** A key or digest in hex, as its bytes after their count: keys and digests differ in length. */
    private static void writeDigest(DataOutputStream out, String hex) throws IOException {
        byte[] bytes = HEX.parseHex(hex);
        out.writeByte(bytes.length);
        out.write(bytes);
    }

    private static String digest(DataInputStream in) throws IOException {
        int length = in.readUnsignedByte();
        if (length == 0 || length > MAX_DIGEST) throw new IOException("not a digest's length: " + length);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return HEX.formatHex(bytes);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string {@link #writeString} wrote, of at most {@code limit} bytes. */
    static String readString(DataInputStream in, int limit) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > limit) throw new IOException("not a length: " + length);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
