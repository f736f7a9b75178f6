package org.standfirst.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The import report ({@code .import-report.md} in {@code --into}): counts per kind, every term and where it
 * went, shortcodes left in the text, every warning with the item's id and old URL, and the items that
 * need a human look. It holds no dates or absolute paths, so the same input gives the same report.
 */
public final class ImportReport {
    public static final String FILE = ".import-report.md";

    /** A term and where it went: {@code field} is "regions", "topics", "type" or "skipped". */
    public record Term(String taxonomy, String slug, String name, String field, String filedAs) implements Comparable<Term> {
        @Override
        public int compareTo(Term other) {
            int t = taxonomy.compareTo(other.taxonomy);
            return t != 0 ? t : slug.compareTo(other.slug);
        }
    }

    private final String title;
    private final String source;
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<Term, Integer> terms = new TreeMap<>();
    private final Map<String, Set<String>> shortcodes = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> review = new ArrayList<>();

    public ImportReport(String title, String source) {
        this.title = title;
        this.source = source;
    }

    /** Counts one item of a kind ("post (publish)") in the source, and whether it was imported. */
    public void count(String kind, boolean imported) {
        int[] n = counts.computeIfAbsent(kind, k -> new int[2]);
        n[0]++;
        if (imported) n[1]++;
    }

    public int imported(String kind) {
        int[] n = counts.get(kind);
        return n == null ? 0 : n[1];
    }

    /** A term the source declares or uses; {@code used} counts a piece filed under it. */
    public void term(Term term, boolean used) {
        terms.merge(term, used ? 1 : 0, Integer::sum);
    }

    public void shortcode(String name, String item) {
        shortcodes.computeIfAbsent(name, k -> new TreeSet<>()).add(item);
    }

    /** A warning about one item: {@code item} names it by id and old URL. */
    public void warn(String item, String message) {
        warnings.add(item + ": " + message);
    }

    public void review(String item, String reason) {
        review.add(item + ": " + reason);
    }

    public int warningCount() {
        return warnings.size();
    }

    public int reviewCount() {
        return review.size();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\nSource: ").append(source).append("\n\n");
        out.append("## Counts\n\n| kind | in the source | imported |\n|---|---:|---:|\n");
        counts.forEach((kind, n) -> out.append("| ").append(kind).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" |\n"));
        out.append("\n## Terms\n\n");
        if (terms.isEmpty()) out.append("None.\n");
        else {
            out.append("Write a mapping file (`--map import.yml`) to send taxonomies to other fields or rename terms.\n\n");
            out.append("| taxonomy | slug | name | pieces | field | filed as |\n|---|---|---|---:|---|---|\n");
            terms.forEach((t, n) -> out.append("| ").append(cell(t.taxonomy())).append(" | ").append(cell(t.slug())).append(" | ")
                    .append(cell(t.name())).append(" | ").append(n).append(" | ").append(t.field()).append(" | ")
                    .append(cell(t.filedAs())).append(" |\n"));
        }
        out.append("\n## Shortcodes left in the text\n\n");
        if (shortcodes.isEmpty()) out.append("None.\n");
        shortcodes.forEach((name, items) -> out.append("- `[").append(name).append("]` in ").append(items.size())
                .append(items.size() == 1 ? " piece: " : " pieces: ").append(String.join(", ", items)).append('\n'));
        section(out, "Warnings", warnings);
        section(out, "Needs a human look", review);
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<String> lines) {
        out.append("\n## ").append(heading).append(" (").append(lines.size()).append(")\n\n");
        if (lines.isEmpty()) out.append("None.\n");
        for (String line : lines) out.append("- ").append(line.replace("\n", " ")).append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
