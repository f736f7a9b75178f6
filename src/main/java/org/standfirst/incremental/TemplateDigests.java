package org.standfirst.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.standfirst.render.SiteRenderer;

/**
 * A digest per page template covering the template and every template it extends, includes,
 * imports or embeds, so a template edit re-renders only the pages that use it. When a template
 * names another by an expression rather than a quoted name, its dependencies cannot be known, and
 * every template's digest then covers the whole theme.
 */
final class TemplateDigests {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(\"([^\"]*)\"|'([^']*)'|[^\\s%]+)");

    private final Path folder;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private boolean dynamic;
    private String whole;

    TemplateDigests(Path folder) {
        this.folder = folder;
    }

    /** The digest of {@code template} and what it uses; "" parts stand for missing files. */
    synchronized String of(String template) {
        String made = digests.get(template);
        if (made != null) return made;
        Set<String> closure = new LinkedHashSet<>();
        collect(template, closure);
        made = dynamic ? whole() : digest(new TreeSet<>(closure));
        digests.put(template, made);
        return made;
    }

    private void collect(String template, Set<String> closure) {
        if (!closure.add(template)) return;
        Matcher references = REFERENCE.matcher(text(template));
        while (references.find()) {
            String name = references.group(2) != null ? references.group(2) : references.group(3);
            if (name == null) {
                dynamic = true; // e.g. {% include page.template %}: could be any of them
                continue;
            }
            collect(name, closure);
        }
    }

    /** Every template file of the theme (not its assets, which pages link to but do not contain). */
    private String whole() {
        if (whole != null) return whole;
        Set<String> all = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                        .filter(name -> !name.startsWith(SiteRenderer.THEME_ASSETS + "/")).forEach(all::add);
            } catch (IOException e) {
                all.add("unreadable: " + e.getMessage());
            }
        }
        whole = digest(all);
        return whole;
    }

    private String digest(Set<String> names) {
        CacheKey key = CacheKey.of("templates");
        for (String name : names) key.text(name).text(text(name));
        return key.hex();
    }

    private String text(String name) {
        return texts.computeIfAbsent(name, n -> {
            Path file = folder.resolve(n).normalize();
            try {
                return file.startsWith(folder) && Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException | RuntimeException e) {
                return "unreadable: " + e.getMessage();
            }
        });
    }
}
