package org.standfirst.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last build's index with some documents analysed again: their words taken out of the vocabulary and
 * put back, and the postings and positions of every stem whose weight or positions in one of them changed
 * made again from those the last build kept. Every other stem's are read, when a part needs them, from
 * what was kept of a part that holds them.
 */
final class IndexPatch implements Postings {
    /** The kept postings of a part were not there, or not whole: the index is made afresh instead. */
    static final class Missing extends Exception {
        Missing(String content) {
            super("the postings of " + content + " are not kept");
        }
    }

    private static final TermShards.Held NONE = new TermShards.Held("", "");
    private final IndexState last;
    private final SearchMemo memo;
    /** The stems whose postings changed, with their new postings ("" for a stem no document has now). */
    private final Map<String, TermShards.Held> changed = new TreeMap<>();
    /** Kept postings read so far, by part. */
    private final Map<Integer, Map<String, TermShards.Held>> held = new HashMap<>();

    /**
     * @param before each changed document's analysis in the last build (null for a document it did not have)
     * @param after each changed document's analysis now (null for a document this build does not have)
     */
    IndexPatch(IndexState last, SearchMemo memo, Map<Integer, AnalysedPiece> before, Map<Integer, AnalysedPiece> after)
            throws Missing {
        this.last = last;
        this.memo = memo;
        Map<String, TreeMap<Integer, AnalysedPiece.Weighted>> changes = new TreeMap<>();
        for (Map.Entry<Integer, AnalysedPiece> doc : before.entrySet()) {
            AnalysedPiece old = doc.getValue();
            AnalysedPiece now = after.get(doc.getKey());
            if (old != null) last.vocabulary().remove(old.words());
            if (now != null) last.vocabulary().add(now.words());
            Map<String, AnalysedPiece.Weighted> was = byStem(old);
            Map<String, AnalysedPiece.Weighted> is = byStem(now);
            for (String stem : was.keySet()) {
                if (!was.get(stem).equals(is.get(stem))) {
                    changes.computeIfAbsent(stem, s -> new TreeMap<>()).put(doc.getKey(), is.get(stem)); // null: taken out
                }
            }
            for (Map.Entry<String, AnalysedPiece.Weighted> stem : is.entrySet()) {
                if (!was.containsKey(stem.getKey())) {
                    changes.computeIfAbsent(stem.getKey(), s -> new TreeMap<>()).put(doc.getKey(), stem.getValue());
                }
            }
        }
        for (Map.Entry<String, TreeMap<Integer, AnalysedPiece.Weighted>> stem : changes.entrySet()) {
            changed.put(stem.getKey(), patched(kept(stem.getKey()), stem.getValue()));
        }
    }

    private static Map<String, AnalysedPiece.Weighted> byStem(AnalysedPiece piece) {
        Map<String, AnalysedPiece.Weighted> out = new HashMap<>();
        if (piece != null) for (AnalysedPiece.Weighted stem : piece.stems()) out.put(stem.stem(), stem);
        return out;
    }

    /**
     * {@code held} with each document of {@code changes} given its new weight and positions (null: taken
     * out). One pass over the postings, in document order, with the changes merged in as they come: a
     * common stem's postings hold most of the archive's documents, and an edit changes hundreds of stems.
     */
    static TermShards.Held patched(TermShards.Held held, TreeMap<Integer, AnalysedPiece.Weighted> changes) {
        int[] numbers = Varints.decode(held.postings());
        Varints.Reader positions = new Varints.Reader(held.positions());
        Merged merged = new Merged(held.postings().length() + 4 * changes.size(), held.positions().length());
        Iterator<Map.Entry<Integer, AnalysedPiece.Weighted>> pending = changes.entrySet().iterator();
        Map.Entry<Integer, AnalysedPiece.Weighted> change = pending.hasNext() ? pending.next() : null;
        int doc = 0;
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            doc += numbers[i];
            int from = positions.at();
            positions.skip(positions.next());
            while (change != null && change.getKey() < doc) { // a document new to this stem
                merged.add(change.getKey(), change.getValue());
                change = pending.hasNext() ? pending.next() : null;
            }
            if (change != null && change.getKey() == doc) {
                merged.add(doc, change.getValue());
                change = pending.hasNext() ? pending.next() : null;
            } else {
                merged.add(doc, numbers[i + 1], held.positions(), from, positions.at());
            }
        }
        for (; change != null; change = pending.hasNext() ? pending.next() : null) merged.add(change.getKey(), change.getValue());
        return new TermShards.Held(merged.postings.toString(), merged.positions.toString());
    }

    /** Postings and positions written in document order. */
    private static final class Merged {
        final StringBuilder postings;
        final StringBuilder positions;
        private int previous;

        Merged(int postingsSize, int positionsSize) {
            postings = new StringBuilder(postingsSize);
            positions = new StringBuilder(positionsSize);
        }

        /** A document as changed; null: taken out. */
        void add(int doc, AnalysedPiece.Weighted now) {
            if (now != null) add(doc, now.weight(), now.positions(), 0, now.positions().length());
        }

        void add(int doc, int weight, CharSequence text, int from, int to) {
            Varints.append(postings, doc - previous);
            Varints.append(postings, weight);
            positions.append(text, from, to);
            previous = doc;
        }
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
        TermShards.Held now = changed.get(stem);
        if (now != null) return now.postings().length();
        IndexState.Stem before = last.stems().get(stem);
        return before == null ? 0 : before.size();
    }

    @Override
    public int positionsSize(String stem) {
        TermShards.Held now = changed.get(stem);
        if (now != null) return now.positions().length();
        IndexState.Stem before = last.stems().get(stem);
        return before == null ? 0 : before.positions();
    }

    @Override
    public String of(String stem) throws IOException {
        return current(stem).postings();
    }

    @Override
    public String positions(String stem) throws IOException {
        return current(stem).positions();
    }

    private TermShards.Held current(String stem) throws IOException {
        TermShards.Held now = changed.get(stem);
        if (now != null) return now;
        try {
            return kept(stem);
        } catch (Missing e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private TermShards.Held kept(String stem) throws Missing {
        IndexState.Stem before = last.stems().get(stem);
        if (before == null) return NONE;
        Map<String, TermShards.Held> postings = held.get(before.holder());
        if (postings == null) {
            String content = last.shards().get(before.holder()).content();
            postings = memo.postings(content).map(TermShards::decode).orElse(null);
            if (postings == null) throw new Missing(content);
            held.put(before.holder(), postings);
        }
        TermShards.Held out = postings.get(stem);
        if (out == null) throw new Missing(last.shards().get(before.holder()).content());
        return out;
    }
}
