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
 * Pieces as the search stage analysed them, kept in the build cache ({@code search/}) so a rebuild
 * runs Lucene only over pieces whose text changed. An entry is keyed by everything the analysis read
 * ({@link SearchMemo.Input}, the body by digest); entries no build used are deleted when one succeeds.
 */
final class AnalysedPieces implements SearchMemo {
    static final String AREA = "search";
    private final BuildCache.Blobs blobs;

    AnalysedPieces(BuildCache cache) {
        this.blobs = cache.blobs(AREA);
    }

    private static String key(Input input) {
        return CacheKey.of("search").record(input).hex();
    }

    @Override
    public Optional<AnalysedPiece> recall(Input input) {
        return blobs.read(key(input), "").map(AnalysedPieces::decode);
    }

    private static AnalysedPiece decode(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            int stems = in.readInt();
            if (stems < 0 || stems > 10_000_000) return null;
            List<AnalysedPiece.Weighted> weighted = new ArrayList<>(stems);
            for (int i = 0; i < stems; i++) weighted.add(new AnalysedPiece.Weighted(RecordCodec.readString(in), in.readInt()));
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
    public void remember(Input input, String bodyDigest, AnalysedPiece piece) {
        // The body is read after the article was: if the file changed in between, this analysis is
        // not the one for the digest in the key, so it is used but not kept.
        if (!bodyDigest.equals(input.bodyDigest())) return;
        blobs.write(key(input), "", out -> {
            out.writeInt(piece.stems().size());
            for (AnalysedPiece.Weighted stem : piece.stems()) {
                RecordCodec.writeString(out, stem.stem());
                out.writeInt(stem.weight());
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
    public void finish() {
        blobs.prune();
    }
}
