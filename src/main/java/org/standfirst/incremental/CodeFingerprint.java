package org.standfirst.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.standfirst.Pipeline;

/**
 * Which Standfirst is running: the size and modification time of its jar, or a checksum of its
 * compiled classes when run from a build tree. Part of every cache key, so a new or rebuilt Standfirst never
 * reuses what an older one rendered.
 */
public final class CodeFingerprint {
    private static final String VALUE = compute();

    private CodeFingerprint() {
    }

    public static String value() {
        return VALUE;
    }

    private static String compute() {
        try {
            CodeSource source = Pipeline.class.getProtectionDomain().getCodeSource();
            if (source == null) return "unknown";
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) return describe(location);
            // A build tree (exec:java): Maven rewrites unchanged resources on every compile, so the
            // classes are told apart by what they hold, not by when they were written.
            CRC32C crc = new CRC32C();
            long bytes = 0;
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] content = Files.readAllBytes(file);
                    crc.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    crc.update(content);
                    bytes += content.length;
                }
            }
            return "classes:" + Long.toHexString(crc.getValue()) + ":" + bytes;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // unknown code: never match an earlier build
        }
    }

    private static String describe(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file.getFileName() + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return file.getFileName() + ":?";
        }
    }
}
