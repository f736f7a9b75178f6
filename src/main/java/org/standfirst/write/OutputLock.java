package org.standfirst.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one build at a time write an output folder. Two at once break each other: each takes the
 * other's staging or update folder for the leftover of a killed build, and deletes it or rolls its
 * journal forward while the other is still writing. The lock is the operating system's
 * ({@link FileChannel#tryLock}) on {@value #FILE} in the cache folder beside the output, so it dies
 * with its process: a killed build never leaves a stale lock, and the file's existence means nothing.
 * A build that finds the lock held fails at once rather than wait for a build that may never end.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = "build.lock";
    /**
     * The lock files this process holds. Closing any channel on a file drops every lock the process
     * holds on it (POSIX record locks; see {@link java.nio.channels.FileLock}), so a second attempt
     * from within this process must not even open one.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the lock of {@code output}, kept in {@code folder} (created if needed).
     *
     * @throws Busy another build, in this process or another, holds it
     */
    public static OutputLock take(Path folder, Path output) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.toRealPath().resolve(FILE);
        if (!HELD.add(file)) throw new Busy(output);
        FileChannel channel = null;
        try {
            channel = locked(file);
        } finally {
            // Only now that a failed attempt's channel is closed: closing it then drops no lock taken since.
            if (channel == null) HELD.remove(file);
        }
        if (channel == null) throw new Busy(output);
        return new OutputLock(file, channel);
    }

    /** A channel that holds the lock on {@code file}, or null (closed) when someone else holds it. */
    private static FileChannel locked(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean locked = false;
        try {
            locked = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            // held through another channel of this process
        } finally {
            if (!locked) channel.close();
        }
        return locked ? channel : null;
    }

    /** Releases the lock. The file stays: deleting it would let two builds lock two files of that name. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }

    /** Another build is writing the output; nothing was touched. */
    public static final class Busy extends IOException {
        Busy(Path output) {
            super("another build is writing " + output + " right now");
        }
    }
}
