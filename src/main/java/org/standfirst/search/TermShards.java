package org.standfirst.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The term parts: the archive's words, split by their first characters into parts of about
 * {@link #BUDGET} characters. Each part maps its words to their stems and holds those stems' postings,
 * so one word costs the browser one part. A part that would be larger is split by one more character;
 * the browser looks a word up in the part with the longest key that starts it.
 */
final class TermShards {
    /** About this many characters a part; a single word with a longer postings list makes a larger part. */
    static final int BUDGET = 24_000;

    /** One part: its key (a prefix of every word in it) and its words. */
    record Shard(String key, List<String> words) {
    }

    private TermShards() {
    }

    /** Splits {@code vocabulary} (word → stems) into parts, in key order. */
    static List<Shard> plan(NavigableMap<String, TreeSet<String>> vocabulary, PostingSpill postings) {
        List<Shard> out = new ArrayList<>();
        split("", vocabulary, postings, out);
        return out;
    }

    private static void split(String prefix, NavigableMap<String, TreeSet<String>> words, PostingSpill postings,
                              List<Shard> out) {
        if (words.isEmpty()) return;
        if (!prefix.isEmpty() && size(words, postings) <= BUDGET) {
            out.add(new Shard(prefix, List.copyOf(words.keySet())));
            return;
        }
        // Words exactly as long as the prefix stay in this part; the others go one character deeper.
        List<String> here = new ArrayList<>();
        String next = words.firstKey();
        while (next != null) {
            if (next.equals(prefix)) {
                here.add(next);
                next = words.higherKey(next);
                continue;
            }
            int end = prefix.length() + Character.charCount(next.codePointAt(prefix.length()));
            String child = next.substring(0, end);
            String after = child + "\uffff";
            split(child, words.subMap(child, true, after, false), postings, out);
            next = words.ceilingKey(after);
        }
        if (!here.isEmpty()) out.add(new Shard(prefix, here));
    }

    private static long size(Map<String, TreeSet<String>> words, PostingSpill postings) {
        long size = 0;
        Set<String> stems = new TreeSet<>();
        for (Map.Entry<String, TreeSet<String>> word : words.entrySet()) {
            size += word.getKey().length() + 6;
            for (String stem : word.getValue()) {
                size += stem.length() + 3;
                if (stems.add(stem)) size += postings.size(stem) + stem.length() + 6;
            }
            if (size > BUDGET) return size;
        }
        return size;
    }

    /** A part as JSON: {@code {"w":{word:stem or [stems], …},"p":{stem:postings, …}}}; "" stands for the word itself. */
    static String json(Shard shard, NavigableMap<String, TreeSet<String>> vocabulary, PostingSpill postings)
            throws IOException {
        StringBuilder out = new StringBuilder("{\"w\":{");
        TreeSet<String> stems = new TreeSet<>();
        boolean first = true;
        for (String word : shard.words()) {
            TreeSet<String> of = vocabulary.get(word);
            stems.addAll(of);
            if (!first) out.append(',');
            first = false;
            Json.string(out, word).append(':');
            if (of.size() == 1) {
                Json.string(out, of.first().equals(word) ? "" : of.first());
            } else {
                out.append('[');
                boolean firstStem = true;
                for (String stem : of) {
                    if (!firstStem) out.append(',');
                    firstStem = false;
                    Json.string(out, stem);
                }
                out.append(']');
            }
        }
        out.append("},\"p\":{");
        first = true;
        for (String stem : stems) {
            if (!first) out.append(',');
            first = false;
            Json.string(out, stem).append(':');
            Json.string(out, postings.postings(stem));
        }
        return out.append("}}").toString();
    }

    /** The part's file name: letters a–z and digits as they are, any other character as _ and its hex code. */
    static String fileName(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.appendCodePoint(c);
            else out.append('_').append(Integer.toHexString(c)).append('_');
        });
        return out.toString();
    }
}
