package org.standfirst.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every entry of a folder, links not followed: folders, links with their targets, files with their
 * bytes' digest — and, for {@link #exact}, with their inode and modification time too, which show
 * whether a file was rewritten or left alone.
 */
final class Snapshot {
    private Snapshot() {
    }

    static Map<String, String> contents(Path root) {
        return walk(root, false);
    }

    static Map<String, String> exact(Path root) {
        return walk(root, true);
    }

    private static Map<String, String> walk(Path root, boolean exact) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) return entries;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root)) entries.put(root.relativize(dir).toString(), "folder");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String name = root.relativize(file).toString();
                    if (attributes.isSymbolicLink()) {
                        entries.put(name, "link -> " + Files.readSymbolicLink(file));
                    } else {
                        String digest = sha256(Files.readAllBytes(file));
                        entries.put(name, exact ? digest + " " + attributes.fileKey() + " " + attributes.lastModifiedTime() : digest);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a file at the size it has in {@code output} now (-1, which never matches, when it is not there). */
    static void keepAsWritten(OutputWriter sink, Path output, String sitePath) {
        long size;
        try {
            size = java.nio.file.Files.size(output.resolve(OutputPaths.file(sitePath)));
        } catch (java.io.IOException e) {
            size = -1;
        }
        sink.keep(sitePath, size);
    }
}
