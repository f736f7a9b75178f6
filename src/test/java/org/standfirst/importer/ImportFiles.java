package org.standfirst.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading what an import wrote, for assertions. */
public final class ImportFiles {
    private ImportFiles() {
    }

    /** Every file under {@code dir} (relative path → text or size), sorted, hidden files included. */
    public static Map<String, String> tree(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                out.put(name, name.endsWith(".md") ? Files.readString(file) : "bytes:" + Files.size(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The articles (every index.md) under {@code dir}, by relative path. */
    public static Map<String, String> pieces(Path dir) {
        Map<String, String> out = new TreeMap<>();
        tree(dir).forEach((name, text) -> {
            if (name.endsWith("/index.md")) out.put(name, text);
        });
        return out;
    }
}
