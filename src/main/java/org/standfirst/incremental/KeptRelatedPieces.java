package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.standfirst.assemble.RelatedMemo;

/**
 * The related pieces of the last build, kept in the build cache ({@value #NAME}) with the key of what
 * they were counted from, and used while that key is unchanged.
 */
final class KeptRelatedPieces implements RelatedMemo {
    static final String NAME = "related";
    private final BuildCache cache;

    KeptRelatedPieces(BuildCache cache) {
        this.cache = cache;
    }

    @Override
    public List<List<Integer>> related(int limit, List<List<String>> groups, Supplier<List<List<Integer>>> count) {
        CacheKey key = CacheKey.of("related").number(limit).number(groups.size());
        for (List<String> group : groups) key.texts(group);
        byte[] input = key.digest();
        Optional<List<List<Integer>>> kept = cache.read(NAME).map(payload -> decode(payload, input, limit, groups.size()));
        if (kept.isPresent()) return kept.get();
        List<List<Integer>> related = count.get();
        cache.write(NAME, out -> {
            out.write(input);
            for (List<Integer> list : related) {
                out.writeByte(list.size());
                for (int other : list) out.writeInt(other);
            }
        });
        return related;
    }

    /** The stored lists when they were counted from {@code input}, else null. */
    private static List<List<Integer>> decode(byte[] payload, byte[] input, int limit, int size) {
        try (DataInputStream in = BuildCache.input(payload)) {
            if (!Arrays.equals(in.readNBytes(input.length), input)) return null;
            List<List<Integer>> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int count = in.readByte();
                if (count < 0 || count > limit) return null;
                List<Integer> related = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    int other = in.readInt();
                    if (other < 0 || other >= size) return null;
                    related.add(other);
                }
                out.add(List.copyOf(related));
            }
            return in.read() == -1 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
