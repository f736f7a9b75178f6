package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The index parts of a built site read back in Java, answering queries as search.js does. */
final class IndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    final JsonNode meta;
    final int docs;
    final List<String> shards = new ArrayList<>();
    /** Part names read so far, for counting what a query fetched. */
    final Set<String> read = new TreeSet<>();

    IndexReader(Path site) {
        this.folder = site.resolve("search");
        this.meta = part("meta");
        this.docs = meta.get("docs").asInt();
        meta.get("shards").forEach(key -> shards.add(key.asText()));
    }

    /** A part's data: the JSON inside {@code StandfirstSearch.part("name", …);}. */
    JsonNode part(String name) {
        Path file = folder.resolve(name + ".js");
        read.add(name);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String head = "StandfirstSearch.part(\"" + name + "\",";
            if (!text.startsWith(head) || !text.endsWith(");\n")) throw new IllegalStateException("not a part: " + file);
            return JSON.readTree(text.substring(head.length(), text.length() - 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> shardsFor(String word, boolean prefix) {
        String best = null;
        List<String> out = new ArrayList<>();
        for (String key : shards) {
            if (word.startsWith(key) && (best == null || key.length() > best.length())) best = key;
            else if (prefix && key.startsWith(word)) out.add(key);
        }
        if (best != null) out.add(best);
        return out;
    }

    /** Each document that has the word (as a prefix, when asked), by its best weight. */
    Map<Integer, Integer> postings(String word, boolean prefix) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (String key : shardsFor(word, prefix)) {
            JsonNode shard = part("t/" + TermShards.fileName(key));
            for (Map.Entry<String, JsonNode> token : shard.get("w").properties()) {
                if (prefix ? !token.getKey().startsWith(word) : !token.getKey().equals(word)) continue;
                List<String> stems = new ArrayList<>();
                if (token.getValue().isArray()) token.getValue().forEach(s -> stems.add(s.asText()));
                else stems.add(token.getValue().asText().isEmpty() ? token.getKey() : token.getValue().asText());
                for (String stem : stems) {
                    int[] numbers = Varints.decode(shard.get("p").get(stem).asText());
                    int doc = 0;
                    for (int i = 0; i < numbers.length; i += 2) {
                        doc += numbers[i];
                        out.merge(doc, numbers[i + 1], Math::max);
                    }
                }
            }
        }
        return out;
    }

    /** Each document's positions of the word (whole), over all its stems, from the positions parts. */
    Map<Integer, Set<Integer>> positions(String word) {
        Map<Integer, Set<Integer>> out = new TreeMap<>();
        for (String key : shardsFor(word, false)) {
            JsonNode shard = part("t/" + TermShards.fileName(key));
            JsonNode mapped = shard.get("w").get(word);
            if (mapped == null) continue;
            List<String> stems = new ArrayList<>();
            if (mapped.isArray()) mapped.forEach(s -> stems.add(s.asText()));
            else stems.add(mapped.asText().isEmpty() ? word : mapped.asText());
            for (String stem : stems) {
                int[] postings = Varints.decode(shard.get("p").get(stem).asText());
                boolean alone = false;
                if (shard.has("x")) for (JsonNode listed : shard.get("x")) alone |= listed.asText().equals(stem);
                JsonNode positions = part("x/" + TermShards.fileName(key) + (alone ? "/" + TermShards.fileName(stem) : ""));
                int[] numbers = Varints.decode(positions.get("x").get(stem).asText());
                int doc = 0;
                int at = 0;
                for (int i = 0; i < postings.length; i += 2) {
                    doc += postings[i];
                    int count = numbers[at++];
                    int position = 0;
                    Set<Integer> of = out.computeIfAbsent(doc, d -> new TreeSet<>());
                    for (int k = 0; k < count; k++) {
                        position += numbers[at++];
                        of.add(position);
                    }
                }
            }
        }
        return out;
    }

    private boolean hasPhrase(int doc, List<Map<Integer, Set<Integer>>> words) {
        for (int start : words.get(0).getOrDefault(doc, Set.of())) {
            boolean whole = true;
            for (int w = 1; w < words.size() && whole; w++) {
                whole = words.get(w).getOrDefault(doc, Set.of()).contains(start + w * meta.get("stride").asInt());
            }
            if (whole) return true;
        }
        return false;
    }

    /** Each facet's value ids per document, read from the facet columns as search.js reads them. */
    Map<String, List<List<String>>> facets() {
        Map<String, List<List<String>>> out = new TreeMap<>();
        int docs = meta.get("docs").asInt();
        for (JsonNode name : meta.get("facets")) {
            JsonNode part = part("f/" + name.asText());
            JsonNode values = part.get("v");
            String lengths = part.get("l").asText();
            Huffman symbols = new Huffman(lengths.chars().map(Varints.ALPHABET::indexOf).toArray());
            Bits bits = new Bits(part.get("c").asText());
            boolean one = part.get("one").asBoolean();
            boolean runs = part.get("runs").asBoolean();
            List<List<String>> column = new ArrayList<>();
            while (column.size() < docs) {
                int run = runs ? bits.gamma() : 1;
                List<String> ids = new ArrayList<>();
                if (one) {
                    ids.add(id(values.get(symbols.read(bits))));
                } else {
                    for (int value = symbols.read(bits); value != values.size(); value = symbols.read(bits)) {
                        ids.add(id(values.get(value)));
                    }
                }
                for (int r = 0; r < run; r++) column.add(ids);
            }
            assertThat(column).hasSize(docs);
            out.put(name.asText(), column);
        }
        return out;
    }

    /** A facet value's id: its own, or for a value given as its name alone, the name in lower case with hyphens. */
    private static String id(JsonNode value) {
        return value.isTextual() ? value.asText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') : value.get(0).asText();
    }

    /** A facet column's bits, six to a character of the alphabet, most significant first. */
    private static final class Bits {
        private final String text;
        private int at;
        private int word;
        private int left;

        Bits(String text) {
            this.text = text;
        }

        int bit() {
            if (left == 0) {
                word = Varints.ALPHABET.indexOf(text.charAt(at++));
                left = 6;
            }
            left--;
            return (word >> left) & 1;
        }

        int gamma() {
            int zeros = 0;
            while (bit() == 0) zeros++;
            int value = 1;
            for (int i = 0; i < zeros; i++) value = value * 2 + bit();
            return value;
        }
    }

    /** A canonical Huffman code read back from its code lengths. */
    private static final class Huffman {
        private final int[] count = new int[31];
        private final List<Integer> symbols = new ArrayList<>();

        Huffman(int[] lengths) {
            for (int length = 1; length <= 30; length++) {
                for (int s = 0; s < lengths.length; s++) {
                    if (lengths[s] == length) {
                        symbols.add(s);
                        count[length]++;
                    }
                }
            }
        }

        int read(Bits bits) {
            int code = 0;
            int first = 0;
            int index = 0;
            for (int length = 1; length <= 30; length++) {
                code |= bits.bit();
                if (code - first < count[length]) return symbols.get(index + code - first);
                index += count[length];
                first = (first + count[length]) << 1;
                code <<= 1;
            }
            throw new IllegalStateException("not a code");
        }
    }

    Answer answer(String text, Map<String, List<String>> filters) {
        Query query = Query.parse(text);
        List<Integer> matched = new ArrayList<>();
        if (!query.words().isEmpty()) {
            Set<Integer> result = null;
            List<String> words = query.words();
            for (int i = 0; i < words.size(); i++) {
                boolean prefix = words.get(i).equals(query.prefix()) && words.indexOf(words.get(i)) == words.size() - 1;
                Set<Integer> has = postings(words.get(i), prefix).keySet();
                if (result == null) result = new TreeSet<>(has);
                else result.retainAll(has);
            }
            for (String word : query.excluded()) result.removeAll(postings(word, false).keySet());
            for (List<String> phrase : query.phrases()) {
                List<Map<Integer, Set<Integer>>> each = phrase.stream().map(this::positions).toList();
                result.removeIf(doc -> !hasPhrase(doc, each));
            }
            for (List<String> phrase : query.excludedPhrases()) {
                List<Map<Integer, Set<Integer>>> each = phrase.stream().map(this::positions).toList();
                result.removeIf(doc -> hasPhrase(doc, each));
            }
            matched.addAll(result);
        }
        return Answer.of(matched, facets(), filters);
    }
}
