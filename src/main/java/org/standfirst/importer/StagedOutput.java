package org.standfirst.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The only code of the importer that writes. Files are first written to a hidden staging folder inside
 * {@code --into} (hidden, so a build never reads it), then moved into place only when the whole import
 * has succeeded and no existing file would be overwritten without {@code --force}.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path into;
    private final Path staging;
    private final Map<String, Path> staged = new TreeMap<>();

    public StagedOutput(Path into) throws IOException {
        this.into = into.toAbsolutePath().normalize();
        Files.createDirectories(this.into);
        this.staging = Files.createTempDirectory(this.into, ".standfirst-import-");
    }

    public boolean has(String relative) {
        return staged.containsKey(relative);
    }

    public void text(String relative, String text) throws IOException {
        Files.write(target(relative), text.getBytes(StandardCharsets.UTF_8));
    }

    public void copy(String relative, Path source) throws IOException {
        Files.copy(source, target(relative), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path target(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        // Relative paths are made from slugs and file names; this keeps any mistake inside --into.
        if (!file.startsWith(staging) || file.equals(staging) || relative.startsWith("/") || relative.contains("\\")) {
            throw new IllegalArgumentException("unsafe output path " + relative);
        }
        Files.createDirectories(file.getParent());
        staged.put(relative, file);
        return file;
    }

    /** Files already in {@code --into} that this import would replace, sorted. */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        for (String relative : staged.keySet()) if (Files.exists(into.resolve(relative))) out.add(relative);
        return out;
    }

    public int count() {
        return staged.size();
    }

    /** Moves every staged file into place (replacing existing ones) and removes the staging folder. */
    public void commit() throws IOException {
        for (Map.Entry<String, Path> entry : staged.entrySet()) {
            Path target = into.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.move(entry.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        staged.clear();
        close();
    }

    /** Removes the staging folder and whatever is left in it. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) return;
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }
}
