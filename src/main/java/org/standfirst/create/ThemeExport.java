package org.standfirst.create;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standfirst.render.ThemeFiles;

/**
 * {@code standfirst theme export}: the built-in theme written out as files, to be changed. A folder
 * that keeps only the files it changes works as well: the rest come from the built-in theme.
 */
public final class ThemeExport {
    private ThemeExport() {
    }

    /** The built-in theme's files, by their path inside the theme; empty when this Standfirst has none. */
    public static Map<String, Path> files() {
        return ThemeFiles.builtInFiles();
    }

    /** The files of the built-in theme that already exist in {@code folder}. */
    public static List<String> clashes(Path folder) {
        return files().keySet().stream().filter(name -> Files.exists(folder.resolve(name))).toList();
    }

    /** Writes the built-in theme into {@code folder}, replacing files of the same names; returns their names. */
    public static List<String> write(Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Path> file : files().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, Files.readAllBytes(file.getValue()));
            written.add(file.getKey());
        }
        return written;
    }
}
