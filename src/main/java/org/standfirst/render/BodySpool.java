package org.standfirst.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rendered bodies kept for the feeds until they are written. Every author, region and topic has a
 * feed of its newest 20 pieces, so at 100,000 pieces nearly every body is needed: they wait on disk
 * (in the build's scratch folder), not in memory. Without a scratch folder (a check writes nothing)
 * nothing is kept and feeds get empty content.
 */
final class BodySpool {
    private final Path folder;

    BodySpool(Path folder) {
        this.folder = folder;
    }

    void put(int index, String html) {
        if (folder == null) return;
        try {
            Files.writeString(folder.resolve(index + ".html"), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body kept for the piece at {@code index}, or null when none was kept. */
    String get(int index) {
        if (folder == null) return "";
        Path file = folder.resolve(index + ".html");
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
