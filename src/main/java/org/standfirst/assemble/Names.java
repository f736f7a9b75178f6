package org.standfirst.assemble;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.standfirst.model.Slug;

/**
 * Resolves names written in pieces to records: a name matches the profile whose id is its slug
 * ("Amira Haddad" → amira-haddad); names without a profile get a record made from the name.
 */
final class Names<T> {
    private final Map<String, T> byId = new LinkedHashMap<>();
    private final BiFunction<String, String, T> withoutProfile;

    Names(Map<String, T> profiles, BiFunction<String, String, T> withoutProfile) {
        this.byId.putAll(profiles);
        this.withoutProfile = withoutProfile;
    }

    T resolve(String name) {
        String id = Slug.of(name);
        return byId.computeIfAbsent(id, k -> withoutProfile.apply(k, name));
    }

    Map<String, T> all() {
        return byId;
    }
}
