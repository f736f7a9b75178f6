package org.standfirst.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Seeded random queries drawn from an archive's own words, and random facet filters to go with them. */
final class RecallQueries {
    private RecallQueries() {
    }

    /**
     * {@code count} queries: one to three words, some as prefixes, quoted, excluded or in another case;
     * one in five is a phrase of two or three words that follow each other in a piece, or that do not.
     */
    static List<String> of(BruteForce scan, int count, Random random) {
        List<String> words = new ArrayList<>(scan.vocabulary.keySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(5) == 0) {
                out.add(phrase(scan, words, random));
                continue;
            }
            StringBuilder query = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int w = 0; w < n; w++) {
                String word = words.get(random.nextInt(words.size()));
                int shape = random.nextInt(10);
                if (w > 0) query.append(' ');
                if (shape == 0 && w > 0) query.append('-').append(word);
                else if (shape == 1) query.append('"').append(word).append('"');
                else if (shape == 2) query.append(word.toUpperCase(java.util.Locale.ROOT));
                else query.append(word);
            }
            if (random.nextInt(3) == 0) {
                // Typing: the last word cut short, matched as a prefix.
                int keep = Math.max(Query.MIN_PREFIX, query.length() - random.nextInt(4));
                query.setLength(Math.min(query.length(), keep));
            } else if (random.nextBoolean()) {
                query.append(' ');
            }
            out.add(query.toString());
        }
        return out;
    }

    private static String phrase(BruteForce scan, List<String> words, Random random) {
        List<String> phrase = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        if (random.nextInt(4) == 0) {
            for (int w = 0; w < n; w++) phrase.add(words.get(random.nextInt(words.size())));
        } else {
            List<String> run = scan.run(random.nextInt(scan.pieces.size()), n, random);
            phrase.addAll(run.isEmpty() ? List.of(words.get(0), words.get(1)) : run);
        }
        // Or written as one (a third of them, chosen without drawing on the seeded sequence): Chinese and
        // Japanese without spaces, other words joined by hyphens.
        boolean cjk = phrase.stream().allMatch(word -> word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        String quoted = Math.floorMod(phrase.hashCode(), 3) == 0 ? String.join(cjk ? "" : "-", phrase) + " " : "\"" + String.join(" ", phrase) + "\"";
        return random.nextBoolean() ? quoted : words.get(random.nextInt(words.size())) + " " + quoted;
    }

    /** No filter half the time, else one or two values of one or two facets, seeded by {@code seed}. */
    static Map<String, List<String>> filters(BruteForce scan, int seed) {
        Random random = new Random(seed);
        Map<String, List<String>> out = new TreeMap<>();
        if (random.nextBoolean()) return out;
        List<String> facets = new ArrayList<>(scan.facets.keySet());
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            String facet = facets.get(random.nextInt(facets.size()));
            List<List<String>> column = scan.facets.get(facet);
            List<String> values = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(2); k++) {
                List<String> of = column.get(random.nextInt(column.size()));
                if (!of.isEmpty()) values.add(of.get(random.nextInt(of.size())));
            }
            out.put(facet, values);
        }
        return out;
    }
}
