package org.standfirst.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A folder's files and their SHA-256, or the files in which two folders differ: to compare output trees byte for byte. */
public final class Trees {
    private Trees() {
    }

    public static Map<String, String> digest(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                out.put(root.relativize(file).toString(), HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * The files, by path relative to their folder, that are in one folder and not the other, or whose
     * bytes differ, in path order: compared directly rather than by digest, so a test that compares two
     * builds after each of hundreds of edits spends nothing on hashing.
     */
    public static List<String> differing(Path a, Path b) {
        Set<String> left = files(a);
        Set<String> right = files(b);
        Set<String> all = new TreeSet<>(left);
        all.addAll(right);
        List<String> out = new ArrayList<>();
        try {
            for (String file : all) {
                if (!left.contains(file) || !right.contains(file) || Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
                    out.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> out = new TreeSet<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) out.add(root.relativize(file).toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
