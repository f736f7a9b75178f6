package org.standfirst.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last build's index with some documents analysed again: their words taken out of the vocabulary and
 * put back, and the postings of every stem whose weight in one of them changed made again from the
 * postings the last build kept. Every other stem's postings are read, when a part needs them, from the
 * kept postings of a part that holds them.
 */
final class IndexPatch implements Postings {
    /** The kept postings of a part were not there, or not whole: the index is made afresh instead. */
    static final class Missing extends Exception {
        Missing(String content) {
            super("the postings of " + content + " are not kept");
        }
    }

    private final IndexState last;
    private final SearchMemo memo;
    /** The stems whose postings changed, with their new postings ("" for a stem no document has now). */
    private final Map<String, String> changed = new TreeMap<>();
    /** Kept postings read so far, by part. */
    private final Map<Integer, Map<String, String>> held = new HashMap<>();

    /**
     * @param before each changed document's analysis in the last build (null for a document it did not have)
     * @param after each changed document's analysis now (null for a document this build does not have)
     */
    IndexPatch(IndexState last, SearchMemo memo, Map<Integer, AnalysedPiece> before, Map<Integer, AnalysedPiece> after)
            throws Missing {
        this.last = last;
        this.memo = memo;
        Map<String, TreeMap<Integer, Integer>> weights = new TreeMap<>();
        for (Map.Entry<Integer, AnalysedPiece> doc : before.entrySet()) {
            AnalysedPiece old = doc.getValue();
            AnalysedPiece now = after.get(doc.getKey());
            if (old != null) last.vocabulary().remove(old.words());
            if (now != null) last.vocabulary().add(now.words());
            Map<String, Integer> was = weights(old);
            Map<String, Integer> is = weights(now);
            for (Map.Entry<String, Integer> stem : was.entrySet()) {
                if (!stem.getValue().equals(is.get(stem.getKey()))) {
                    weights.computeIfAbsent(stem.getKey(), s -> new TreeMap<>()).put(doc.getKey(), is.getOrDefault(stem.getKey(), 0));
                }
            }
            for (Map.Entry<String, Integer> stem : is.entrySet()) {
                if (!was.containsKey(stem.getKey())) {
                    weights.computeIfAbsent(stem.getKey(), s -> new TreeMap<>()).put(doc.getKey(), stem.getValue());
                }
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Integer>> stem : weights.entrySet()) {
            changed.put(stem.getKey(), patched(kept(stem.getKey()), stem.getValue()));
        }
    }

    private static Map<String, Integer> weights(AnalysedPiece piece) {
        Map<String, Integer> out = new HashMap<>();
        if (piece != null) for (AnalysedPiece.Weighted stem : piece.stems()) out.put(stem.stem(), stem.weight());
        return out;
    }

    /** {@code postings} with each document of {@code changes} given its new weight (0: taken out). */
    static String patched(String postings, TreeMap<Integer, Integer> changes) {
        int[] numbers = Varints.decode(postings);
        StringBuilder out = new StringBuilder(postings.length() + 4 * changes.size());
        TreeMap<Integer, Integer> merged = new TreeMap<>();
        int doc = 0;
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            doc += numbers[i];
            merged.put(doc, numbers[i + 1]);
        }
        merged.putAll(changes);
        int previous = 0;
        for (Map.Entry<Integer, Integer> entry : merged.entrySet()) {
            if (entry.getValue() == 0) continue;
            Varints.append(out, entry.getKey() - previous);
            Varints.append(out, entry.getValue());
            previous = entry.getKey();
        }
        return out.toString();
    }

    /** The stems whose postings this patch changed. */
    Set<String> changedStems() {
        return changed.keySet();
    }

    Vocabulary vocabulary() {
        return last.vocabulary();
    }

    @Override
    public int size(String stem) {
        String now = changed.get(stem);
        if (now != null) return now.length();
        IndexState.Stem before = last.stems().get(stem);
        return before == null ? 0 : before.size();
    }

    @Override
    public String of(String stem) throws IOException {
        String now = changed.get(stem);
        if (now != null) return now;
        try {
            return kept(stem);
        } catch (Missing e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private String kept(String stem) throws Missing {
        IndexState.Stem before = last.stems().get(stem);
        if (before == null) return "";
        Map<String, String> postings = held.get(before.holder());
        if (postings == null) {
            String content = last.shards().get(before.holder()).content();
            postings = memo.postings(content).map(TermShards::decode).orElse(null);
            if (postings == null) throw new Missing(content);
            held.put(before.holder(), postings);
        }
        String out = postings.get(stem);
        if (out == null) throw new Missing(last.shards().get(before.holder()).content());
        return out;
    }
}
