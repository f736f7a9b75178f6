package org.standfirst.incremental;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standfirst.search.AnalysedPiece;
import org.standfirst.search.Analysers;
import org.standfirst.search.SearchMemo;

/**
 * What the search stage keeps between builds, in the build cache: each piece as analysed and each term
 * part's postings ({@code search/}, by key; what no build used is deleted when one succeeds), and what
 * the last index was made from ({@value #LAST}). A rebuild runs Lucene only over the pieces that changed
 * and patches only the parts they touch.
 */
final class KeptSearchIndex implements SearchMemo {
    static final String AREA = "search";
    static final String LAST = "search-index";
    private static final String POSTINGS = ".postings";
    private final BuildCache cache;
    private final BuildCache.Blobs blobs;

    KeptSearchIndex(BuildCache cache) {
        this.cache = cache;
        this.blobs = cache.blobs(AREA);
    }

    @Override
    public String key(Record input) {
        return CacheKey.of("search").record(input).hex();
    }

    @Override
    public Optional<AnalysedPiece> recall(String key) {
        return blobs.read(key, "").map(KeptSearchIndex::decode);
    }

    /*
     * An analysis, kept: the stems (each as modified UTF-8, its weight in a byte, its positions' length
     * as a varint and their characters, which are ASCII, a byte each); then the words, each as the
     * index of its stem in that list, how many characters it shares with the stem's start, and the rest
     * of it (most words are their stem, or their stem and a few letters); then the excerpt and the body
     * text (deflated already). Lengths and counts are unsigned LEB128 varints. About half the bytes of a
     * string per field.
     */

    private static AnalysedPiece decode(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            int stems = varint(in);
            if (stems > payload.length) return null;
            List<AnalysedPiece.Weighted> weighted = new ArrayList<>(stems);
            for (int i = 0; i < stems; i++) {
                String stem = in.readUTF();
                int weight = in.readUnsignedByte();
                int length = varint(in);
                if (length > payload.length) return null;
                byte[] positions = new byte[length];
                in.readFully(positions);
                weighted.add(new AnalysedPiece.Weighted(stem, weight, new String(positions, StandardCharsets.US_ASCII)));
            }
            int words = varint(in);
            if (words > payload.length) return null;
            List<Analysers.Token> tokens = new ArrayList<>(words);
            for (int i = 0; i < words; i++) {
                String stem = weighted.get(varint(in)).stem();
                int shared = varint(in);
                tokens.add(new Analysers.Token(stem.substring(0, shared) + in.readUTF(), stem));
            }
            String excerpt = RecordCodec.readString(in);
            String text = RecordCodec.readString(in);
            return excerpt == null || text == null || in.read() != -1 ? null : new AnalysedPiece(weighted, tokens, excerpt, text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void remember(String key, Input input, String bodyDigest, AnalysedPiece piece) {
        // The body is read after the article was: if the file changed in between, this analysis is
        // not the one for the digest in the key, so it is used but not kept.
        if (!bodyDigest.equals(input.bodyDigest())) return;
        Map<String, Integer> index = new HashMap<>();
        for (AnalysedPiece.Weighted stem : piece.stems()) index.putIfAbsent(stem.stem(), index.size());
        // A word's stem is always one of the piece's stems; an analysis that broke this is not kept.
        for (Analysers.Token word : piece.words()) if (!index.containsKey(word.stem())) return;
        blobs.write(key, "", out -> {
            varint(out, piece.stems().size());
            for (AnalysedPiece.Weighted stem : piece.stems()) {
                out.writeUTF(stem.stem());
                out.writeByte(stem.weight());
                byte[] positions = stem.positions().getBytes(StandardCharsets.US_ASCII);
                varint(out, positions.length);
                out.write(positions);
            }
            varint(out, piece.words().size());
            for (Analysers.Token word : piece.words()) {
                varint(out, index.get(word.stem()));
                int shared = shared(word.surface(), word.stem());
                varint(out, shared);
                out.writeUTF(word.surface().substring(shared));
            }
            RecordCodec.writeString(out, piece.excerpt());
            RecordCodec.writeString(out, piece.text());
        });
    }

    /** How many characters {@code a} and {@code b} share at their start. */
    private static int shared(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static void varint(DataOutput out, int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int varint(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) throw new IOException("not a count: " + value);
                return value;
            }
        }
        throw new IOException("a varint longer than five bytes");
    }

    @Override
    public Optional<byte[]> postings(String content) {
        return blobs.read(content, POSTINGS);
    }

    @Override
    public void rememberPostings(String content, byte[] postings) {
        blobs.write(content, POSTINGS, out -> out.write(postings));
    }

    @Override
    public void keep(String key) {
        blobs.markUsed(key);
    }

    @Override
    public Optional<byte[]> lastIndex() {
        return cache.read(LAST);
    }

    @Override
    public void rememberIndex(byte[] index) {
        cache.write(LAST, out -> out.write(index));
    }

    @Override
    public void finish() {
        blobs.prune();
    }
}
