package org.standfirst.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standfirst.render.SiteRenderer;
import org.standfirst.render.ThemeFiles;

/**
 * A digest per page template covering the template and every template it extends, includes,
 * imports or embeds, so a template edit re-renders only the pages that use it. A name starting
 * with {@code ./} or {@code ../} is found beside the template that names it, as Pebble finds it.
 * When a template names another by an expression rather than one quoted name
 * ({@code {% include page.template %}}, {@code {% include "partials/" ~ name %}}), what it uses
 * cannot be known, and the digest of every page template that reaches it covers the whole theme.
 * Templates are read as the build reads them, from the templates folder or else the built-in theme,
 * and a digest names where each came from, so adding or removing a file of the folder that
 * replaces a built-in one changes the digests of the pages that use it.
 */
final class TemplateDigests {
    /** A tag that names another template, and everything up to its end. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(.*?)-?%\\}", Pattern.DOTALL);
    /** One quoted name, and then only what may follow it: {@code with …}, {@code only}, {@code as …}, {@code import …}. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?:\"([^\"]*)\"|'([^']*)')(?:\\s+(?:with|only|as|import)\\b.*)?\\s*", Pattern.DOTALL);

    private final ThemeFiles theme;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private String whole;

    TemplateDigests(ThemeFiles theme) {
        this.theme = theme;
    }

    /** The templates of {@code folder} over the built-in theme's. */
    TemplateDigests(Path folder) {
        this(ThemeFiles.of(folder));
    }

    /** The digest of {@code template} and what it uses; "" parts stand for missing files. */
    synchronized String of(String template) {
        String made = digests.get(template);
        if (made != null) return made;
        Set<String> closure = new LinkedHashSet<>();
        boolean dynamic = collect(template, closure);
        made = dynamic ? whole() : digest(new TreeSet<>(closure));
        digests.put(template, made);
        return made;
    }

    /** Adds {@code template} and what it uses to {@code closure}; true when some name there is computed. */
    private boolean collect(String template, Set<String> closure) {
        if (!closure.add(template)) return false;
        boolean dynamic = false;
        Matcher references = REFERENCE.matcher(text(template));
        while (references.find()) {
            Matcher literal = LITERAL.matcher(references.group(1).strip());
            if (!literal.matches()) {
                dynamic = true; // could be any template of the theme
                continue;
            }
            String name = literal.group(1) != null ? literal.group(1) : literal.group(2);
            dynamic |= collect(resolve(name, template), closure);
        }
        return dynamic;
    }

    /** A name as Pebble's file loader takes it: beside the naming template when it starts with ./ or ../. */
    private static String resolve(String name, String from) {
        if (!name.startsWith("./") && !name.startsWith("../")) return name;
        Path parent = Path.of(from).getParent();
        Path resolved = (parent == null ? Path.of(name) : parent.resolve(name)).normalize();
        return resolved.toString().replace('\\', '/');
    }

    /** Every template file of the theme (not its assets, which pages link to but do not contain). */
    private String whole() {
        if (whole != null) return whole;
        Set<String> all = new TreeSet<>();
        try {
            theme.files("").keySet().stream().filter(name -> !name.startsWith(SiteRenderer.THEME_ASSETS + "/"))
                    .forEach(all::add);
        } catch (UncheckedIOException e) {
            all.add("unreadable: " + e.getMessage());
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
            try {
                Optional<Path> file = theme.find(n);
                if (file.isEmpty()) return "";
                return (theme.isBuiltIn(n) ? "built-in\n" : "folder\n") + Files.readString(file.get(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return "unreadable: " + e.getMessage();
            }
        });
    }
}
