package org.standfirst.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The mapping file ({@code --map import.yml}): which taxonomy feeds which front-matter field, the type of
 * each post type, renamed terms and skipped ones. Without a file, categories and tags (and any custom
 * taxonomy) become topics and WordPress's default "uncategorized" category is skipped.
 */
public final class TermMap {
    /** Where a term goes. */
    public enum Field { REGIONS, TOPICS, TYPE, SKIP }

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
                    "see \"Moving an existing archive\" in the README for its format");
        } catch (YamlEngineException e) {
            throw new ImportException(name, 0, "the mapping file is not valid YAML (" + e.getMessage() + ")",
                    "see \"Moving an existing archive\" in the README for its format");
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
                    "see \"Moving an existing archive\" in the README for its format");
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
