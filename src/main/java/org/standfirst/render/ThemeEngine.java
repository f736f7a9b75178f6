package org.standfirst.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's Pebble templates: autoescaping on, strict variables, view records only. Compiled
 * templates are cached and shared between rendering threads (Pebble allows it).
 */
public final class ThemeEngine {
    /** The templates every theme must have. */
    public static final List<String> REQUIRED = List.of("base.peb", "home.peb", "article.peb", "listing.peb",
            "region.peb", "author.peb", "regions.peb", "authors.peb", "topics.peb", "archive.peb", "404.peb");

    private final ThemeFiles files;
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    /** The theme of {@code folder} over the built-in one. */
    public ThemeEngine(Path folder) {
        this(ThemeFiles.of(folder));
    }

    public ThemeEngine(ThemeFiles files) {
        this.files = files;
        engine = new PebbleEngine.Builder()
                .loader(new ThemeLoader(files))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .methodAccessValidator(new ViewOnlyAccess())
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of("link", new LinkFilter());
                    }
                })
                .build();
    }

    public ThemeFiles files() {
        return files;
    }

    public boolean exists(String name) {
        return files.find(name).isPresent();
    }

    /**
     * Compiles templates ahead of time (on another thread while content is read), ignoring what is
     * wrong with them: {@link #check} reports that, in order, when it is asked.
     */
    public void compileQuietly(List<String> names) {
        for (String name : names) {
            try {
                if (exists(name)) template(name);
            } catch (RuntimeException e) {
                // reported by check(name)
            }
        }
    }

    /** Compiles a template now, so syntax errors surface before any page is rendered. */
    public Optional<TemplateProblem> check(String name) {
        try {
            template(name);
            return Optional.empty();
        } catch (TemplateProblem problem) {
            return Optional.of(problem);
        }
    }

    public String render(String name, Map<String, Object> context) {
        PebbleTemplate template = template(name);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.evaluate(out, context);
        } catch (PebbleException e) {
            throw problem(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new TemplateProblem(name, 0, describe(e));
        }
        return out.toString();
    }

    private PebbleTemplate template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return engine.getTemplate(n);
            } catch (PebbleException e) {
                throw problem(n, e);
            }
        });
    }

    private TemplateProblem problem(String name, PebbleException e) {
        String file = e.getFileName() == null ? name : themeRelative(e.getFileName());
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() == null ? describe(e) : e.getPebbleMessage();
        if (e instanceof AttributeNotFoundException missing) file = fileMentioning(file, line, missing.getAttributeName());
        return new TemplateProblem(file, line, message);
    }

    private String themeRelative(String fileName) {
        Path folder = files.folder();
        Path path = Path.of(fileName);
        return (path.isAbsolute() && path.startsWith(folder) ? folder.relativize(path).toString() : fileName)
                .replace('\\', '/');
    }

    /**
     * Pebble names the page's own template when an attribute is missing inside an included partial,
     * with the partial's line number. Find the theme file whose line actually mentions the attribute.
     */
    private String fileMentioning(String reported, int line, String attribute) {
        if (line < 1 || attribute == null
                || files.find(reported).map(f -> mentions(f, line, attribute)).orElse(false)) return reported;
        try {
            return files.files("").entrySet().stream().filter(f -> f.getKey().endsWith(".peb"))
                    .filter(f -> mentions(f.getValue(), line, attribute))
                    .map(Map.Entry::getKey).findFirst().orElse(reported);
        } catch (UncheckedIOException e) {
            return reported;
        }
    }

    private static boolean mentions(Path file, int line, String attribute) {
        try (var lines = Files.lines(file)) {
            return lines.skip(line - 1L).findFirst().map(l -> l.contains(attribute)).orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
