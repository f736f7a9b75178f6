package org.standfirst.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an in-place update will do to the output, written into its update folder before the output
 * is touched: the files to delete and the folders to remove once empty, then a final
 * {@value #COMPLETE} line. The files to add or replace are the ones under {@code files/}. Once the
 * journal is complete the update is decided: {@link #apply} carries it out, and can be run again and
 * again (by the next build, if this one is killed half way) until it has been carried out once.
 *
 * <p>The output may hold symbolic links put there by someone else. Applying never follows one: a link
 * where a folder is needed is removed (the link, not what it points to) and a real folder made, a
 * link where a file goes is replaced, and nothing is deleted through a link.
 */
final class UpdateJournal {
    static final String FILES = "files";
    static final String SCRATCH = "scratch";
    static final String FILE = "journal";
    private static final String HEADER = "standfirst-update-journal-1";
    private static final String DELETE = "delete ";
    private static final String FOLDER = "folder ";
    private static final String COMPLETE = "complete";

    private final List<Path> deletions;
    private final List<Path> folders;

    /**
     * @param deletions files (and links) of the output to delete, relative to it
     * @param folders folders of the output to remove if they are empty once files are moved and
     *     deleted, children before their parents
     */
    UpdateJournal(List<Path> deletions, List<Path> folders) {
        this.deletions = List.copyOf(deletions);
        this.folders = List.copyOf(folders);
    }

    List<Path> deletions() {
        return deletions;
    }

    /** Writes the journal into {@code update} in one step: it is either absent or complete. */
    void write(Path update) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Path file : deletions) text.append(DELETE).append(escape(file.toString())).append('\n');
        for (Path folder : folders) text.append(FOLDER).append(escape(folder.toString())).append('\n');
        text.append(COMPLETE).append('\n');
        Path temporary = update.resolve(FILE + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, update.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The complete journal in {@code update}; null when there is none (the update was never decided). */
    static UpdateJournal read(Path update) throws IOException {
        Path file = update.resolve(FILE);
        if (!OutputPaths.isRegularFile(file)) return null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(COMPLETE)) return null;
        List<Path> deletions = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            boolean delete = line.startsWith(DELETE);
            if (!delete && !line.startsWith(FOLDER)) return null; // not written by us: decide nothing
            Path path = inside(unescape(line.substring((delete ? DELETE : FOLDER).length())));
            if (path == null) return null;
            (delete ? deletions : folders).add(path);
        }
        return new UpdateJournal(deletions, folders);
    }

    /** A relative path that stays inside the output, or null. */
    private static Path inside(String text) {
        try {
            Path path = Path.of(text);
            boolean inside = !text.isEmpty() && !path.isAbsolute() && path.normalize().equals(path) && !path.startsWith("..");
            return inside ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Carries the update out: moves every file still under {@code files/} into the output, deletes
     * the listed files, removes the listed folders that are now empty. Each step checks what is there
     * now, so a second run after an interrupted one finishes the work and changes nothing else.
     */
    void apply(Path output, Path update) throws IOException {
        Files.createDirectories(output);
        moveIn(output, update.resolve(FILES));
        OutputPaths paths = new OutputPaths(output);
        for (Path file : deletions) {
            if (!paths.reachable(file)) continue; // gone with a link that stood where its folder was
            BasicFileAttributes entry = OutputPaths.entry(output.resolve(file));
            if (entry != null && !entry.isDirectory()) Files.deleteIfExists(output.resolve(file));
        }
        for (Path folder : folders) {
            if (!paths.reachable(folder) || !OutputPaths.isDirectory(output.resolve(folder))) continue;
            try {
                Files.delete(output.resolve(folder));
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                // still holds pages of the new site, or already removed
            }
        }
    }

    private static void moveIn(Path output, Path files) throws IOException {
        if (!OutputPaths.isDirectory(files)) return;
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(files)) {
            staged = walk.filter(OutputPaths::isRegularFile).toList();
        }
        Set<Path> realFolders = new HashSet<>();
        for (Path file : staged) {
            Path relative = files.relativize(file);
            realFolder(output, relative.getParent(), realFolders);
            Path target = output.resolve(relative);
            // A folder where the new site has a file: nothing in it is part of the new site.
            if (OutputPaths.isDirectory(target)) SiteWriter.deleteTree(target);
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Makes {@code relative} a real folder of the output, replacing a link or a file in its way. */
    private static void realFolder(Path output, Path relative, Set<Path> known) throws IOException {
        if (relative == null || known.contains(relative)) return;
        realFolder(output, relative.getParent(), known);
        Path folder = output.resolve(relative);
        BasicFileAttributes entry = OutputPaths.entry(folder);
        if (entry == null) {
            Files.createDirectory(folder);
        } else if (!entry.isDirectory()) {
            Files.delete(folder); // a link is removed itself, never what it points to
            Files.createDirectory(folder);
        }
        known.add(relative);
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
        }
        return out.toString();
    }
}
