package org.standfirst.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.standfirst.Digests;

/**
 * The term parts: the archive's words, split by their first characters into parts of about
 * {@link #BUDGET} characters. Each part maps its words to their stems and holds those stems' postings,
 * so one word costs the browser one part. A part that would be larger is split by one more character;
 * the browser looks a word up in the part with the longest key that starts it.
 */
final class TermShards {
    /** About this many characters a part; a single word with a longer postings list makes a larger part. */
    static final int BUDGET = 24_000;
    /**
     * A stem whose positions take more than this many characters has a positions part of its own, so a
     * phrase fetches the positions of its words, not those of every word beside them in the part.
     */
    static final int ALONE = 8_000;
    /** A stem's own positions part is named by the stem; one whose name would be longer stays in the shared part. */
    private static final int LONGEST_NAME = 100;

    /** One part: its key (a prefix of every word in it) and its words. */
    record Shard(String key, List<String> words) {
    }

    /** What a part holds of one stem: its postings, and its positions in each of their documents. */
    record Held(String postings, String positions) {
    }

    private TermShards() {
    }

    /** Splits the vocabulary into parts of about {@code budget} characters, in key order. */
    static List<Shard> plan(Vocabulary vocabulary, Postings postings, int budget) {
        List<Shard> out = new ArrayList<>();
        split("", vocabulary.words(), postings, budget, out);
        return out;
    }

    private static void split(String prefix, NavigableMap<String, Vocabulary.Stems> words, Postings postings,
                              int budget, List<Shard> out) {
        if (words.isEmpty()) return;
        if (!prefix.isEmpty() && size(words, postings, budget) <= budget) {
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
            split(child, words.subMap(child, true, after, false), postings, budget, out);
            next = words.ceilingKey(after);
        }
        if (!here.isEmpty()) out.add(new Shard(prefix, here));
    }

    private static long size(Map<String, Vocabulary.Stems> words, Postings postings, int budget) {
        long size = 0;
        Set<String> stems = new TreeSet<>();
        for (Map.Entry<String, Vocabulary.Stems> word : words.entrySet()) {
            size += word.getKey().length() + 6;
            for (String stem : word.getValue().stems()) {
                size += stem.length() + 3;
                if (stems.add(stem)) size += postings.size(stem) + stem.length() + 6;
            }
            if (size > budget) return size;
        }
        return size;
    }

    /** Every stem the words of {@code shard} stand for, A–Z: the stems whose postings it holds. */
    static TreeSet<String> stems(Shard shard, Vocabulary vocabulary) {
        TreeSet<String> stems = new TreeSet<>();
        for (String word : shard.words()) stems.addAll(vocabulary.stems(word));
        return stems;
    }

    /** Whether a stem's positions go in a part of their own: see {@link #ALONE} ({@code limit}). */
    static boolean alone(String stem, Postings postings, int limit) {
        return postings.positionsSize(stem) > limit && fileName(stem).length() <= LONGEST_NAME;
    }

    /**
     * A term part as JSON: {@code {"w":{word:stem or [stems], …},"p":{stem:postings, …}}}, with
     * {@code "x":[stems]} when some stems' positions are in parts of their own; "" stands for the word itself.
     */
    static String json(Shard shard, Vocabulary vocabulary, Map<String, Held> held, List<String> alone) {
        StringBuilder out = new StringBuilder("{\"w\":{");
        boolean first = true;
        for (String word : shard.words()) {
            List<String> of = vocabulary.stems(word);
            if (!first) out.append(',');
            first = false;
            Json.string(out, word).append(':');
            if (of.size() == 1) {
                Json.string(out, of.get(0).equals(word) ? "" : of.get(0));
            } else {
                out.append('[');
                for (int i = 0; i < of.size(); i++) {
                    if (i > 0) out.append(',');
                    Json.string(out, of.get(i));
                }
                out.append(']');
            }
        }
        out.append("},\"p\":{");
        first = true;
        for (Map.Entry<String, Held> stem : held.entrySet()) {
            if (!first) out.append(',');
            first = false;
            Json.string(out, stem.getKey()).append(':');
            Json.numbers(out, stem.getValue().postings());
        }
        out.append('}');
        if (!alone.isEmpty()) {
            out.append(",\"x\":[");
            for (int i = 0; i < alone.size(); i++) {
                if (i > 0) out.append(',');
                Json.string(out, alone.get(i));
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    /**
     * A positions part, as JSON: {@code {"x":{stem:positions, …}}}, fetched for phrases; the one beside a
     * term part leaves out the stems in {@code alone}, which have parts of their own.
     */
    static String positionsJson(Map<String, Held> held, List<String> alone) {
        StringBuilder out = new StringBuilder("{\"x\":{");
        boolean first = true;
        for (Map.Entry<String, Held> stem : held.entrySet()) {
            if (alone.contains(stem.getKey())) continue;
            if (!first) out.append(',');
            first = false;
            Json.string(out, stem.getKey()).append(':');
            Json.numbers(out, stem.getValue().positions());
        }
        return out.append("}}").toString();
    }

    /** The postings and positions of {@code stems}, A–Z by stem. */
    static TreeMap<String, Held> held(Set<String> stems, Postings postings) throws IOException {
        TreeMap<String, Held> out = new TreeMap<>();
        for (String stem : stems) out.put(stem, new Held(postings.of(stem), postings.positions(stem)));
        return out;
    }

    /**
     * A digest of the part's words and their stems: two builds' parts with the same key and this digest
     * hold the same words, so the part is as it was unless the postings of one of its stems changed.
     */
    static String wordsDigest(Shard shard, Vocabulary vocabulary) {
        MessageDigest digest = Digests.sha256();
        for (String word : shard.words()) {
            update(digest, word);
            List<String> stems = vocabulary.stems(word);
            digest.update((byte) stems.size());
            for (String stem : stems) update(digest, stem);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }

    /** What a part holds, as kept between builds: each stem with its postings and positions, A–Z. */
    static byte[] encode(Map<String, Held> held) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(held.size());
            for (Map.Entry<String, Held> stem : held.entrySet()) {
                IndexState.writeString(out, stem.getKey());
                IndexState.writeString(out, stem.getValue().postings());
                IndexState.writeString(out, stem.getValue().positions());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #encode} wrote, or null when it is not that. */
    static Map<String, Held> decode(byte[] kept) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept))) {
            int count = in.readInt();
            if (count < 0 || count > kept.length) return null;
            Map<String, Held> out = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                out.put(IndexState.readString(in, kept.length),
                        new Held(IndexState.readString(in, kept.length), IndexState.readString(in, kept.length)));
            }
            return in.read() == -1 ? out : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
