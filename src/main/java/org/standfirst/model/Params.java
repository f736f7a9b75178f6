package org.standfirst.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys of one's own that a piece, a profile or {@code site.yml} writes under {@code params:},
 * like Hugo's {@code .Params}: Standfirst gives them no meaning, templates read them
 * ({@code {{ article.params.series }}}). Read-only, and its texts are plain Strings, so Pebble's
 * autoescaping applies to them as to every other text from content.
 *
 * <p>A record, so the build cache keys it by its canonical bytes like any other model value; a
 * {@link Map} of plain values, so templates read {@code params.key} as they would any map.
 *
 * @param given the values as written, by key (kept A–Z)
 */
public record Params(Map<String, Param> given) implements Map<String, Object> {
    public static final Params NONE = new Params(Map.of());

    public Params {
        given = Collections.unmodifiableMap(new TreeMap<>(given));
    }

    private Map<String, Object> plain() {
        Map<String, Object> out = new LinkedHashMap<>();
        given.forEach((key, value) -> out.put(key, value.plain()));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public int size() {
        return given.size();
    }

    @Override
    public boolean isEmpty() {
        return given.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return given.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return plain().containsValue(value);
    }

    @Override
    public Object get(Object key) {
        Param value = given.get(key);
        return value == null ? null : value.plain();
    }

    @Override
    public Set<String> keySet() {
        return given.keySet();
    }

    @Override
    public Collection<Object> values() {
        return plain().values();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return plain().entrySet();
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException("params are read-only");
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException("params are read-only");
    }

    @Override
    public void putAll(Map<? extends String, ?> values) {
        throw new UnsupportedOperationException("params are read-only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("params are read-only");
    }
}
