package org.standfirst.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One value written under {@code params:}: a text, a list, or a group of named values (exactly one
 * of the three is set). Numbers and booleans are kept as their text, as YAML wrote them.
 */
public record Param(String text, List<Param> items, Map<String, Param> fields) {

    public Param {
        if ((text != null ? 1 : 0) + (items != null ? 1 : 0) + (fields != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("a param is a text, a list or a group");
        }
        if (items != null) items = List.copyOf(items);
        if (fields != null) fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public static Param text(String text) {
        return new Param(text, null, null);
    }

    public static Param list(List<Param> items) {
        return new Param(null, items, null);
    }

    public static Param group(Map<String, Param> fields) {
        return new Param(null, null, fields);
    }

    /** As a template sees it: a String, or a read-only List or Map of such values (keys A–Z). */
    public Object plain() {
        if (text != null) return text;
        if (items != null) return items.stream().map(Param::plain).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((key, value) -> out.put(key, value.plain()));
        return Collections.unmodifiableMap(out);
    }
}
