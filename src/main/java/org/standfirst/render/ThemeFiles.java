package org.standfirst.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme a build uses: the files of the templates folder over those of the default theme built
 * into Standfirst, file by file, so that an archive replaces one partial or stylesheet and keeps the
 * rest. The folder may be missing (the built-in theme alone); the built-in theme may be missing too,
 * when the classes run without their resources, and then the folder is the whole theme.
 */
public final class ThemeFiles {
    /** Where the pom puts the repository's templates/ inside the jar. */
    public static final String RESOURCE = "standfirst/theme";
    /** How messages name a built-in file: {@code theme:partials/names.peb}. */
    public static final String BUILT_IN_LABEL = "theme:";

    private static volatile Optional<Path> builtIn;

    private final Path folder;
    private final Path defaults;

    private ThemeFiles(Path folder, Path defaults) {
        this.folder = folder.toAbsolutePath().normalize();
        this.defaults = defaults;
    }

    /** The folder's files over the built-in theme's. */
    public static ThemeFiles of(Path folder) {
        return new ThemeFiles(folder, builtIn().orElse(null));
    }

    /** The folder's files alone, for tests of a theme written out in full. */
    public static ThemeFiles folderOnly(Path folder) {
        return new ThemeFiles(folder, null);
    }

    /**
     * The root of the built-in theme: a folder when Standfirst runs from its build tree, a folder
     * inside the jar otherwise (the jar's file system stays open for the life of the JVM).
     */
    public static Optional<Path> builtIn() {
        Optional<Path> found = builtIn;
        if (found == null) {
            found = locate();
            builtIn = found;
        }
        return found;
    }

    private static Optional<Path> locate() {
        URL marker = ThemeFiles.class.getClassLoader().getResource(RESOURCE + "/base.peb");
        if (marker == null) return Optional.empty();
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException raced) {
                        // another thread opened it first
                    }
                }
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The built-in theme's files alone, by their names inside the theme; empty when there is none. */
    public static SortedMap<String, Path> builtInFiles() {
        SortedMap<String, Path> out = new TreeMap<>();
        builtIn().ifPresent(root -> addTree(root, "", out));
        return out;
    }

    /** The templates folder, as an absolute path (it may not exist). */
    public Path folder() {
        return folder;
    }

    /** True when there is a theme at all: the folder, or a built-in theme beneath it. */
    public boolean exists() {
        return defaults != null || Files.isDirectory(folder);
    }

    /** The file that provides {@code name} (a path inside the theme, with /), or empty. */
    public Optional<Path> find(String name) {
        if (name.isEmpty() || name.startsWith("/")) return Optional.empty();
        Path own = folder.resolve(name).normalize();
        if (own.startsWith(folder) && Files.isRegularFile(own)) return Optional.of(own);
        if (defaults == null) return Optional.empty();
        Path builtInFile = defaults.resolve(name).normalize();
        return builtInFile.startsWith(defaults) && Files.isRegularFile(builtInFile) ? Optional.of(builtInFile) : Optional.empty();
    }

    /** True when {@code name} comes from the built-in theme rather than the folder. */
    public boolean isBuiltIn(String name) {
        Path own = folder.resolve(name).normalize();
        if (own.startsWith(folder) && Files.isRegularFile(own)) return false;
        return find(name).isPresent();
    }

    /**
     * How a message names the file of {@code name}: under the folder as the user wrote it
     * ({@code templates/article.peb}), or {@code theme:article.peb} for a built-in file.
     */
    public String label(String folderLabel, String name) {
        return isBuiltIn(name) ? BUILT_IN_LABEL + name : folderLabel + "/" + name;
    }

    /**
     * Every file of the theme under {@code under} ("" for all), by its name inside the theme, in name
     * order: the folder's where it has one, else the built-in one.
     */
    public SortedMap<String, Path> files(String under) {
        SortedMap<String, Path> out = new TreeMap<>();
        if (defaults != null) addTree(defaults, under, out);
        addTree(folder, under, out);
        return out;
    }

    private static void addTree(Path root, String under, Map<String, Path> out) {
        Path start = under.isEmpty() ? root : root.resolve(under);
        if (!Files.isDirectory(start)) return;
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> out.put(root.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
