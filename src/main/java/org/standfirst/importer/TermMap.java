package org.standfirst.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The mapping file ({@code --map import.yml}), shared by {@code import wxr} and {@code import html}:
 * which taxonomy feeds which front-matter field, the type of each post type, renamed terms and
 * skipped ones. Without a file, each taxonomy goes where the importer sends it unmapped (WordPress
 * categories and tags, and a page's keywords, become topics; a page's section becomes its type) and
 * WordPress's default "uncategorized" category is skipped.
 */
public final class TermMap {
    /** Where a term goes. */
    public enum Field { REGIONS, TOPICS, TYPE, SKIP }

    /**
     * A term as the old site gave it: its taxonomy ({@code category}, {@code post_tag}, or for saved
     * pages {@code section} and {@code keyword}), slug and name, and where it goes when the map does
     * not say.
     */
    public record Term(String taxonomy, String slug, String name, Field unmapped) implements Comparable<Term> {
        @Override
        public int compareTo(Term other) {
            int byTaxonomy = taxonomy.compareTo(other.taxonomy);
            return byTaxonomy != 0 ? byTaxonomy : slug.compareTo(other.slug);
        }
    }

    /** Where one piece's terms went: names A–Z, and the type if a term gave one (else null). */
    public record Filed(List<String> regions, List<String> topics, String type) {
        public Filed {
            regions = List.copyOf(regions);
            topics = List.copyOf(topics);
        }
    }

    private static final Set<String> KEYS = Set.of("taxonomies", "types", "rename", "skip");

    private final Map<String, Field> taxonomies;
    private final Map<String, String> types;
    private final Map<String, String> renames;
    private final Set<String> skipped;

    private TermMap(Map<String, Field> taxonomies, Map<String, String> types, Map<String, String> renames, Set<String> skipped) {
        this.taxonomies = taxonomies;
        this.types = types;
        this.renames = renames;
        this.skipped = skipped;
    }

    public static TermMap defaults() {
        return new TermMap(Map.of("post_format", Field.SKIP), Map.of(), Map.of(), Set.of("uncategorized"));
    }

    public static TermMap read(Path file) throws ImportException, IOException {
        String name = file.toString();
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(name).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ImportException(name, line, "the mapping file is not valid YAML (" + e.getProblem() + ")",
                    "see docs/import.md for its format");
        } catch (YamlEngineException e) {
            throw new ImportException(name, 0, "the mapping file is not valid YAML (" + e.getMessage() + ")",
                    "see docs/import.md for its format");
        }
        if (root == null) return defaults();
        Map<String, Object> top = map(root, name, "the mapping file");
        for (String key : top.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ImportException(name, 0, "unknown key `" + key + "` in the mapping file",
                        "use `taxonomies`, `types`, `rename` and `skip`");
            }
        }
        Map<String, Field> taxonomies = new HashMap<>(defaults().taxonomies);
        for (Map.Entry<String, String> e : strings(top.get("taxonomies"), name, "taxonomies").entrySet()) {
            try {
                taxonomies.put(e.getKey(), Field.valueOf(e.getValue().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException bad) {
                throw new ImportException(name, 0, "`" + e.getKey() + ": " + e.getValue() + "` names no field",
                        "map each taxonomy to `regions`, `topics`, `type` or `skip`");
            }
        }
        Set<String> skipped = new TreeSet<>(Set.of("uncategorized"));
        if (top.get("skip") instanceof List<?> list) list.forEach(v -> skipped.add(String.valueOf(v)));
        else if (top.containsKey("skip")) {
            throw new ImportException(name, 0, "`skip` must be a list of term slugs", "write `skip: [uncategorized, news]`");
        }
        return new TermMap(taxonomies, strings(top.get("types"), name, "types"), strings(top.get("rename"), name, "rename"), skipped);
    }

    /** The field a taxonomy feeds (topics unless mapped). */
    public Field field(String taxonomy) {
        return taxonomies.getOrDefault(taxonomy, Field.TOPICS);
    }

    /**
     * Files one piece's terms under regions, topics and type, telling the report where each went
     * ({@code ref} names the piece in its warnings).
     */
    public Filed file(Collection<Term> pieceTerms, ImportReport report, String ref) {
        Set<String> regions = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Term term : new TreeSet<>(pieceTerms)) {
            Field field = taxonomies.getOrDefault(term.taxonomy(), term.unmapped());
            String name = field == Field.SKIP ? null : name(term.slug(), term.name());
            if (name == null) field = Field.SKIP;
            report.term(reportTerm(term, field, name), true);
            switch (field) {
                case REGIONS -> regions.add(name);
                case TOPICS -> topics.add(name);
                case TYPE -> types.add(name);
                default -> {
                }
            }
        }
        if (types.size() > 1) report.warn(ref, "more than one type (" + String.join(", ", types) + "); the first was used");
        return new Filed(new ArrayList<>(regions), new ArrayList<>(topics), types.isEmpty() ? null : types.iterator().next());
    }

    /** A term no piece uses, as the report lists it: where it would have gone. */
    public void unused(Term term, ImportReport report) {
        Field field = taxonomies.getOrDefault(term.taxonomy(), term.unmapped());
        String name = field == Field.SKIP ? null : name(term.slug(), term.name());
        report.term(reportTerm(term, name == null ? Field.SKIP : field, name), false);
    }

    private static ImportReport.Term reportTerm(Term term, Field field, String name) {
        return new ImportReport.Term(term.taxonomy(), term.slug(), term.name(), field.name().toLowerCase(Locale.ROOT),
                name == null ? "" : name);
    }

    /** The type of a post type ("post" → "Article" unless mapped). */
    public String type(String postType, String fallback) {
        return types.getOrDefault(postType, fallback);
    }

    /** The name a term is filed under: its rename (by slug, then by name), else its own name; null to skip it. */
    public String name(String slug, String name) {
        if (skipped.contains(slug) || skipped.contains(name)) return null;
        String renamed = renames.getOrDefault(slug, renames.get(name));
        if (renamed == null) return name;
        return renamed.isBlank() || renamed.equalsIgnoreCase("skip") ? null : renamed.strip();
    }

    private static Map<String, Object> map(Object value, String file, String what) throws ImportException {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new ImportException(file, 0, what + " must be a mapping of keys to values",
                    "see docs/import.md for its format");
        }
        Map<String, Object> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, String> strings(Object value, String file, String key) throws ImportException {
        if (value == null) return Map.of();
        Map<String, String> out = new HashMap<>();
        map(value, file, "`" + key + "`").forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
        return out;
    }
}
