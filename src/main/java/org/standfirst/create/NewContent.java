package org.standfirst.create;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Slug;

/**
 * Writes new content files. Never overwrites: {@link Files#write} with {@code CREATE_NEW} fails
 * atomically if the file appeared, even between a check and the write.
 */
public final class NewContent {
    /** A new piece, with names already matched to profiles. */
    public record Piece(String title, LocalDate date, String type, List<String> authors, List<String> regions) {
        public Piece {
            authors = List.copyOf(authors);
            regions = List.copyOf(regions);
        }
    }

    private final Path content;

    public NewContent(Path content) {
        this.content = content;
    }

    /** Where the piece goes: {@code <type folder>/<date>-<slug>.md}, relative to the content folder. */
    public String piecePath(Piece piece) throws IOException {
        return typeFolder(piece.type()) + "/" + piece.date() + "-" + Slug.of(piece.title()) + ".md";
    }

    /** Writes the piece as a draft and returns its path relative to the content folder. */
    public String writePiece(Piece piece) throws IOException {
        String path = piecePath(piece);
        String text = "---\n"
                + "title: " + quote(piece.title()) + "\n"
                + "date: " + piece.date() + "\n"
                + "type: " + quote(piece.type()) + "\n"
                + "summary: \"\"\n"
                + "authors: " + list(piece.authors()) + "\n"
                + "regions: " + list(piece.regions()) + "\n"
                + "topics: []\n"
                + "# Drafts are left out of builds; preview with `standfirst serve --drafts`, delete this line to publish.\n"
                + "draft: true\n"
                + "---\n\n";
        write(path, text);
        return path;
    }

    /** Writes {@code authors/<id>.md} and returns its path relative to the content folder. */
    public String writeAuthor(String name) throws IOException {
        String path = ContentLoader.AUTHORS + "/" + Slug.of(name) + ".md";
        write(path, "---\nname: " + quote(name) + "\nrole: \"\"\n"
                + "# The text below the closing line is the bio; its first paragraph appears in author cards.\n---\n\n");
        return path;
    }

    /** Writes {@code regions/<id>.md} and returns its path relative to the content folder. */
    public String writeRegion(String name, String parentId) throws IOException {
        String path = ContentLoader.REGIONS + "/" + Slug.of(name) + ".md";
        write(path, "---\nname: " + quote(name) + "\ndescription: \"\"\n"
                + (parentId == null ? "" : "parent: " + parentId + "\n") + "---\n");
        return path;
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** An existing top-level folder for the type (Report → reports/), else the type's slug. */
    private String typeFolder(String type) throws IOException {
        String slug = Slug.of(type);
        if (Files.isDirectory(content)) {
            try (Stream<Path> folders = Files.list(content)) {
                List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
                for (String candidate : List.of(slug, slug + "s", slug + "es")) {
                    if (names.contains(candidate)) return candidate;
                }
            }
        }
        return slug;
    }

    /** A YAML double-quoted string: safe for colons, quotes, `#` and names like `No` or `2024`. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    private static String list(List<String> names) {
        return names.stream().map(NewContent::quote).collect(Collectors.joining(", ", "[", "]"));
    }
}
