package org.standfirst.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a search finds: the documents (numbered as in the index, ascending) and, per facet, each value
 * id's count where it is above zero. The browser, the index read back in Java and a plain scan must agree.
 */
record Answer(List<Integer> docs, Map<String, Map<String, Integer>> counts) {
    Answer {
        docs = List.copyOf(docs);
        Map<String, Map<String, Integer>> sorted = new TreeMap<>();
        counts.forEach((facet, values) -> {
            Map<String, Integer> nonZero = new TreeMap<>();
            values.forEach((id, n) -> {
                if (n > 0) nonZero.put(id, n);
            });
            if (!nonZero.isEmpty()) sorted.put(facet, nonZero);
        });
        counts = sorted;
    }

    /**
     * Keeps the documents that pass every filter, and counts each facet over the documents that pass
     * every other facet's filter (OR within a facet, AND across facets).
     *
     * @param values each facet's value ids, per document
     */
    static Answer of(List<Integer> matched, Map<String, List<List<String>>> values, Map<String, List<String>> filters) {
        List<Integer> docs = new java.util.ArrayList<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (int doc : matched) {
            List<String> failing = new java.util.ArrayList<>();
            filters.forEach((facet, wanted) -> {
                if (wanted.isEmpty()) return;
                if (values.get(facet).get(doc).stream().noneMatch(wanted::contains)) failing.add(facet);
            });
            if (failing.size() > 1) continue;
            for (String facet : values.keySet()) {
                if (failing.size() == 1 && !failing.get(0).equals(facet)) continue;
                for (String id : values.get(facet).get(doc)) counts.computeIfAbsent(facet, f -> new TreeMap<>()).merge(id, 1, Integer::sum);
            }
            if (failing.isEmpty()) docs.add(doc);
        }
        return new Answer(docs, counts);
    }
}
