package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.model.Piece;

/**
 * "Related" pieces: those sharing the most regions, authors and topics with a piece; ties go to
 * the piece closest in time, then the newer. Counted through an index of who shares what, so the
 * cost grows with the size of the groups, not with the square of the archive.
 */
final class RelatedPieces {
    static final int LIMIT = 3;

    private RelatedPieces() {
    }

    static List<List<Integer>> compute(List<Piece> pieces) {
        Map<String, List<Integer>> members = new HashMap<>();
        for (Piece piece : pieces) {
            for (String key : keys(piece)) members.computeIfAbsent(key, k -> new ArrayList<>()).add(piece.index());
        }
        List<List<Integer>> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            Map<Integer, Integer> scores = new HashMap<>();
            for (String key : keys(piece)) {
                for (int other : members.get(key)) if (other != piece.index()) scores.merge(other, 1, Integer::sum);
            }
            int self = piece.index();
            out.add(scores.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Integer, Integer> e) -> -e.getValue())
                            .thenComparingInt(e -> Math.abs(e.getKey() - self))
                            .thenComparingInt(Map.Entry::getKey))
                    .limit(LIMIT).map(Map.Entry::getKey).toList());
        }
        return out;
    }

    private static List<String> keys(Piece piece) {
        List<String> keys = new ArrayList<>();
        piece.regions().forEach(r -> keys.add("region:" + r.id()));
        piece.authors().forEach(a -> keys.add("author:" + a.id()));
        piece.topics().forEach(t -> keys.add("topic:" + t.id()));
        return keys;
    }
}
