package org.standfirst.importer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes front matter by hand rather than through a YAML dumper: every string is double-quoted with
 * escapes, so no title can turn into a number, a boolean, a comment or a second key, and the same
 * values always give the same bytes.
 */
public final class FrontMatterWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private final StringBuilder out = new StringBuilder("---\n");

    /** A string value; blank values are left out. */
    public FrontMatterWriter text(String key, String value) {
        if (value != null && !value.isBlank()) out.append(key).append(": ").append(quote(value.strip())).append('\n');
        return this;
    }

    /** A flow list of strings; an empty list is left out. */
    public FrontMatterWriter list(String key, List<String> values) {
        if (values.isEmpty()) return this;
        out.append(key).append(": [");
        for (int i = 0; i < values.size(); i++) out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        out.append("]\n");
        return this;
    }

    /** A block list, one item a line: easier to read and to edit for long lists such as aliases. */
    public FrontMatterWriter blockList(String key, List<String> values) {
        if (values.isEmpty()) return this;
        out.append(key).append(":\n");
        for (String value : values) out.append("  - ").append(quote(value)).append('\n');
        return this;
    }

    /**
     * What the old site had that no front-matter key means, under {@code params:} where templates can
     * read it and the build does not reject it as an unknown key; keys A–Z, blank values left out.
     */
    public FrontMatterWriter params(Map<String, String> values) {
        Map<String, String> given = new TreeMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) given.put(key, value.strip());
        });
        if (given.isEmpty()) return this;
        out.append("params:\n");
        given.forEach((key, value) -> out.append("  ").append(key).append(": ").append(quote(value)).append('\n'));
        return this;
    }

    public FrontMatterWriter date(String key, LocalDate date) {
        if (date != null) out.append(key).append(": ").append(date).append('\n');
        return this;
    }

    /** A date-time in UTC ({@code 2014-06-17T09:30:00Z}), so output never depends on the machine's zone. */
    public FrontMatterWriter dateTime(String key, OffsetDateTime time) {
        if (time != null) out.append(key).append(": ").append(UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC))).append('\n');
        return this;
    }

    public FrontMatterWriter flag(String key, boolean value) {
        if (value) out.append(key).append(": true\n");
        return this;
    }

    /** The front matter with its closing line, then a blank line and the body. */
    public String document(String body) {
        String text = body.strip();
        return out + "---\n" + (text.isEmpty() ? "" : "\n" + text + "\n");
    }

    /** A YAML double-quoted scalar; everything YAML would not print literally is escaped. */
    public static String quote(String value) {
        StringBuilder q = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (printable(cp)) q.appendCodePoint(cp);
                    else q.append(String.format("\\u%04X", cp));
                }
            }
        });
        return q.append('"').toString();
    }

    // YAML 1.2's printable set, minus the line and paragraph separators that YAML 1.1 readers break lines at.
    private static boolean printable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || cp >= 0x10000;
    }
}
