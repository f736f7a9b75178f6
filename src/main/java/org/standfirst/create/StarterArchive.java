package org.standfirst.create;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code standfirst init}: a new archive that builds at once with the built-in theme — settings with
 * every key explained, one piece, one author and one region profile, a static folder, a .gitignore,
 * and a GitHub Pages workflow that installs the released Standfirst of the version that wrote it.
 */
public final class StarterArchive {
    /** Each file written, by its path in the archive, from its resource beside this class. */
    private static final Map<String, String> FILES = files();

    private StarterArchive() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yml", "site.yml");
        files.put("content/commentary/welcome-to-the-archive.md", "welcome.md");
        files.put("content/authors/alex-example.md", "author.md");
        files.put("content/regions/example-region.md", "region.md");
        files.put("static/.gitkeep", null);
        files.put(".gitignore", "gitignore");
        files.put(".github/workflows/pages.yml", "pages.yml");
        return files;
    }

    /** Why {@code folder} cannot take a new archive without --force, or null when it can. */
    public static String refusal(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) return "it is a file, not a folder";
        if (!Files.isDirectory(folder)) return null;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent() ? "the folder is not empty" : null;
        }
    }

    /**
     * Writes the archive into {@code folder} (made if missing), replacing files of the same names.
     *
     * @param version the Standfirst version the workflow installs
     * @param repository the GitHub repository ({@code owner/name}) whose releases hold that version
     * @param today the example piece's date
     * @return the files written, by their path in the archive
     */
    public static List<String> write(Path folder, String version, String repository, LocalDate today) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String text = file.getValue() == null ? "" : resource(file.getValue())
                    .replace("{{version}}", version).replace("{{repository}}", repository)
                    .replace("{{date}}", today.toString());
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            written.add(file.getKey());
        }
        return written;
    }

    private static String resource(String name) {
        try (InputStream in = StarterArchive.class.getResourceAsStream("starter/" + name)) {
            if (in == null) throw new IllegalStateException("starter/" + name + " is missing from Standfirst's jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
