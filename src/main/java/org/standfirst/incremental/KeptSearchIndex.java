package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    private static AnalysedPiece decode(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            int stems = in.readInt();
            if (stems < 0 || stems > 10_000_000) return null;
            List<AnalysedPiece.Weighted> weighted = new ArrayList<>(stems);
            for (int i = 0; i < stems; i++) {
                weighted.add(new AnalysedPiece.Weighted(RecordCodec.readString(in), in.readInt(), RecordCodec.readString(in)));
            }
            int words = in.readInt();
            if (words < 0 || words > 10_000_000) return null;
            List<Analysers.Token> tokens = new ArrayList<>(words);
            for (int i = 0; i < words; i++) tokens.add(new Analysers.Token(RecordCodec.readString(in), RecordCodec.readString(in)));
            String excerpt = RecordCodec.readString(in);
            return excerpt == null || in.read() != -1 ? null : new AnalysedPiece(weighted, tokens, excerpt);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void remember(String key, Input input, String bodyDigest, AnalysedPiece piece) {
        // The body is read after the article was: if the file changed in between, this analysis is
        // not the one for the digest in the key, so it is used but not kept.
        if (!bodyDigest.equals(input.bodyDigest())) return;
        blobs.write(key, "", out -> {
            out.writeInt(piece.stems().size());
            for (AnalysedPiece.Weighted stem : piece.stems()) {
                RecordCodec.writeString(out, stem.stem());
                out.writeInt(stem.weight());
                RecordCodec.writeString(out, stem.positions());
            }
            out.writeInt(piece.words().size());
            for (Analysers.Token word : piece.words()) {
                RecordCodec.writeString(out, word.surface());
                RecordCodec.writeString(out, word.stem());
            }
            RecordCodec.writeString(out, piece.excerpt());
        });
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
