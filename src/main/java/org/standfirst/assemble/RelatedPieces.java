package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.standfirst.model.Piece;

/**
 * "Related" pieces: those sharing the most regions, authors and topics with a piece; ties go to
 * the piece closest in time, then the newer. Counted through an index of who shares what, with a
 * plain score array per thread, so the cost grows with the size of the groups a piece is in, not
 * with the square of the archive.
 */
final class RelatedPieces {
    static final int LIMIT = 3;

    private RelatedPieces() {
    }

    /** The related pieces of every piece, by index; {@code memo} may recall them from the last build. */
    static List<List<Integer>> of(List<Piece> pieces, RelatedMemo memo) {
        List<List<String>> groups = pieces.stream().map(RelatedPieces::keys).toList();
        return memo.related(LIMIT, groups, () -> compute(groups));
    }

    /** @param groups each piece's groups (see {@link #keys}), by index */
    static List<List<Integer>> compute(List<List<String>> groups) {
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String key : groups.get(i)) byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> members = new HashMap<>();
        byGroup.forEach((key, list) -> members.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(groups.size()));
        return IntStream.range(0, groups.size()).parallel()
                .mapToObj(i -> scores.get().best(i, groups.get(i).stream().map(members::get).toList()))
                .toList();
    }

    /** A reusable score per piece, reset after each use through the list of pieces it touched. */
    private static final class Scores {
        private final int[] score;
        private final int[] touched;

        Scores(int size) {
            score = new int[size];
            touched = new int[size];
        }

        List<Integer> best(int self, List<int[]> groups) {
            int count = 0;
            for (int[] group : groups) {
                for (int other : group) {
                    if (other == self) continue;
                    if (score[other]++ == 0) touched[count++] = other;
                }
            }
            int[] top = new int[LIMIT];
            int found = 0;
            for (int t = 0; t < count; t++) {
                int candidate = touched[t];
                int at = found < LIMIT ? found++ : LIMIT;
                while (at > 0 && better(candidate, top[at - 1], self)) {
                    if (at < LIMIT) top[at] = top[at - 1];
                    at--;
                }
                if (at < LIMIT) top[at] = candidate;
            }
            for (int t = 0; t < count; t++) score[touched[t]] = 0;
            List<Integer> out = new ArrayList<>(found);
            for (int i = 0; i < found; i++) out.add(top[i]);
            return out;
        }

        private boolean better(int a, int b, int self) {
            if (score[a] != score[b]) return score[a] > score[b];
            int da = Math.abs(a - self);
            int db = Math.abs(b - self);
            return da != db ? da < db : a < b;
        }
    }

    /** The groups a piece is in: each region, author and topic it names. */
    private static List<String> keys(Piece piece) {
        List<String> keys = new ArrayList<>();
        piece.regions().forEach(r -> keys.add("region:" + r.id()));
        piece.authors().forEach(a -> keys.add("author:" + a.id()));
        piece.topics().forEach(t -> keys.add("topic:" + t.id()));
        return keys;
    }
}
