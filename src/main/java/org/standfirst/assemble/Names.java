package org.standfirst.assemble;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.standfirst.model.Slug;

/**
 * Resolves names written in pieces to records: a name matches the profile whose id is its slug
 * ("Amira Haddad" → amira-haddad), or that lists it among its {@code other_names}. Names without a profile get a record made from the name; when
 * pieces spell it differently ("Oil", "oil"), the most used spelling wins, then the first A–Z, so
 * the result never depends on the order pieces were read.
 */
final class Names<T> {
    private final Map<String, T> profiles;
    /** Profile ids by the slug of another spelling a profile lists. */
    private final Map<String, String> otherNames;
    private final BiFunction<String, String, T> withoutProfile;
    private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    private Map<String, T> resolved;
    /** Slugs by name as written: an archive writes the same few hundred names thousands of times. */
    private final Map<String, String> slugs = new HashMap<>();

    Names(Map<String, T> profiles, BiFunction<String, String, T> withoutProfile) {
        this(profiles, Map.of(), withoutProfile);
    }

    /** @param otherNames profile ids by the slug of another spelling of the profile's name */
    Names(Map<String, T> profiles, Map<String, String> otherNames, BiFunction<String, String, T> withoutProfile) {
        this.profiles = profiles;
        this.otherNames = otherNames;
        this.withoutProfile = withoutProfile;
    }

    /** Notes a name as written in a piece; call for every name before {@link #resolve}. */
    void add(String name) {
        spellings.computeIfAbsent(slug(name), k -> new HashMap<>()).merge(name, 1, Integer::sum);
    }

    T resolve(String name) {
        return all().get(slug(name));
    }

    private String slug(String name) {
        return slugs.computeIfAbsent(name, written -> {
            String slug = Slug.of(written);
            return profiles.containsKey(slug) ? slug : otherNames.getOrDefault(slug, slug);
        });
    }

    /** Every profile, then every name without one. */
    Map<String, T> all() {
        if (resolved == null) {
            resolved = new LinkedHashMap<>(profiles);
            spellings.forEach((id, counts) -> resolved.computeIfAbsent(id, k -> withoutProfile.apply(k,
                    counts.entrySet().stream()
                            .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                                    .thenComparing(Map.Entry::getKey))
                            .orElseThrow().getKey())));
        }
        return resolved;
    }
}
