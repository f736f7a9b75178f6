package org.standfirst.assemble;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.standfirst.Digests;
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

    /**
     * The related pieces of every piece, from {@code cache} (a file, or null for none) when the
     * pieces and what they share are as when it was written; else computed and stored there. A
     * title or body edit leaves them as they were, so most rebuilds skip the counting.
     *
     * @param readOnly use the file but never write it (a check writes nothing)
     */
    static List<List<Integer>> compute(List<Piece> pieces, Path cache, boolean readOnly) {
        if (cache == null) return compute(pieces);
        String input = input(pieces);
        List<List<Integer>> cached = read(cache, input, pieces.size());
        if (cached != null) return cached;
        List<List<Integer>> related = compute(pieces);
        if (!readOnly) write(cache, input, related);
        return related;
    }

    /** What the result depends on: each piece's regions, authors and topics, in archive order. */
    private static String input(List<Piece> pieces) {
        MessageDigest digest = Digests.sha256();
        digest.update(("related-" + LIMIT).getBytes(StandardCharsets.UTF_8));
        for (Piece piece : pieces) {
            digest.update(String.join("\u0001", keys(piece)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<List<Integer>> read(Path file, String input, int size) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(input) || in.readInt() != size) return null;
            List<List<Integer>> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int count = in.readByte();
                if (count < 0 || count > LIMIT) return null;
                List<Integer> related = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    int other = in.readInt();
                    if (other < 0 || other >= size) return null;
                    related.add(other);
                }
                out.add(List.copyOf(related));
            }
            return in.read() == -1 ? out : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: count again, and the write replaces it
        }
    }

    private static void write(Path file, String input, List<List<Integer>> related) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeUTF(input);
                out.writeInt(related.size());
                for (List<Integer> list : related) {
                    out.writeByte(list.size());
                    for (int other : list) out.writeInt(other);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not stored: the next build counts again.
        }
    }

    static List<List<Integer>> compute(List<Piece> pieces) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (Piece piece : pieces) {
            for (String key : keys(piece)) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(piece.index());
        }
        Map<String, int[]> members = new HashMap<>();
        groups.forEach((key, list) -> members.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(pieces.size()));
        return IntStream.range(0, pieces.size()).parallel()
                .mapToObj(i -> scores.get().best(i, keys(pieces.get(i)).stream().map(members::get).toList()))
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

    private static List<String> keys(Piece piece) {
        List<String> keys = new ArrayList<>();
        piece.regions().forEach(r -> keys.add("region:" + r.id()));
        piece.authors().forEach(a -> keys.add("author:" + a.id()));
        piece.topics().forEach(t -> keys.add("topic:" + t.id()));
        return keys;
    }
}
