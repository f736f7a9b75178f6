package org.standfirst.support;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where {@code @TempDir} folders go (set in junit-platform.properties): in memory ({@code /dev/shm})
 * when the machine offers a roomy one, else the JVM's temporary folder. The tests build hundreds of
 * small sites and delete them again; on a disk mounted with online discard, deleting a
 * file costs a trim, and on such a machine that was a third of the suite's time. A small {@code /dev/shm} (a
 * container's default 64 MB) is left alone.
 */
public final class RoomyTempDirs implements TempDirFactory {
    private static final Path MEMORY = Path.of("/dev/shm");
    private static final long ROOM = 4L << 30;
    private static final Path BASE = base();

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return BASE == null ? Files.createTempDirectory("junit") : Files.createTempDirectory(BASE, "junit");
    }

    private static Path base() {
        try {
            if (!Files.isDirectory(MEMORY) || !Files.isWritable(MEMORY)) return null;
            FileStore store = Files.getFileStore(MEMORY);
            return store.type().equals("tmpfs") && store.getUsableSpace() >= ROOM ? MEMORY : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
