package org.standfirst.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.standfirst.write.OutputLock;
import org.standfirst.write.SiteWriter;

/**
 * Everything a build keeps for the next one, in one folder ({@code .standfirst-cache} beside the
 * output): validated articles, related pieces, rendered bodies, the page index of each output, the
 * record of the last build, and whatever is added later (search index parts, image derivatives).
 *
 * <p>One format for all of it. The folder's {@value #MANIFEST} file names the format and the
 * Standfirst that wrote the folder; a folder without it, or of another format or Standfirst, is
 * emptied with one line of notice before it is used. Each file is framed the same way (a magic
 * number, the payload, a CRC-32C of both) and written under a temporary name of this process's own,
 * then moved into place, so a reader sees a whole file or none. A file that fails its check is
 * deleted with a notice and read as absent: nothing in the cache is trusted that cannot be checked.
 * Read-only (for {@code check}) it is read as usual and never changed.
 */
public final class BuildCache {
    /** Names the framing and the layout below; raise it when either changes. */
    static final String FORMAT = "standfirst-build-cache-5";
    static final String MANIFEST = "FORMAT";
    private static final int MAGIC = 0x53464331; // "SFC1"
    /** Far more than any archive needs, and less than an array holds. */
    private static final long MAX_BYTES = 1L << 30;
    /** Files of the layout besides areas: anything else at the top is a leftover, deleted at open. */
    private static final Set<String> FILES = Set.of(MANIFEST, OutputLock.FILE);
    private static final String TEMPORARY = ".tmp-";
    private static final AtomicInteger WRITES = new AtomicInteger();

    private final Path folder;
    private final boolean readOnly;
    private final Consumer<String> notice;
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();

    private BuildCache(Path folder, boolean readOnly, Consumer<String> notice) {
        this.folder = folder;
        this.readOnly = readOnly;
        this.notice = notice;
    }

    /**
     * The cache in {@code folder} for the Standfirst whose code is {@code code}. One written by
     * another Standfirst or format is emptied first (left as it is, and not used, when read-only).
     *
     * @param notice told, in one line, when something kept is discarded
     */
    public static BuildCache open(Path folder, String code, boolean readOnly, Consumer<String> notice) {
        String manifest = FORMAT + "\n" + code + "\n";
        String found = readManifest(folder);
        if (manifest.equals(found)) return new BuildCache(folder, readOnly, notice);
        if (readOnly) return new BuildCache(null, true, notice); // another Standfirst's: use none of it, touch none of it
        BuildCache cache = new BuildCache(folder, false, notice);
        if (found != null || holdsAnything(folder)) {
            notice.accept("The build cache " + folder + " was written by another version of Standfirst; "
                    + "it was emptied and is filled again by this build.");
            cache.empty();
        }
        try {
            Files.createDirectories(folder);
            cache.install(folder.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new BuildCache(null, true, notice); // cannot keep anything here: build without
        }
        return cache;
    }

    /** No cache: nothing is read or kept. */
    public static BuildCache none() {
        return new BuildCache(null, true, line -> { });
    }

    public boolean isNone() {
        return folder == null;
    }

    public boolean readOnly() {
        return readOnly;
    }

    Path folder() {
        return folder;
    }

    private static String readManifest(Path folder) {
        try {
            Path file = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) return null;
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean holdsAnything(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> !FILES.contains(file.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes everything but the lock, which another build may hold. */
    private void empty() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(OutputLock.FILE)) SiteWriter.deleteTree(file);
            }
        } catch (IOException e) {
            // What could not be deleted is a leftover: never read, as the new manifest does not name it.
        }
    }

    /**
     * Deletes what this layout does not name: files of older formats (an orphaned page index, say)
     * and temporary files of killed builds. {@code areas} are the names in use at the top.
     */
    void pruneLeftovers(Set<String> areas) {
        if (folder == null || readOnly) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (FILES.contains(name) || areas.contains(name)) continue;
                if (name.contains(TEMPORARY) && ownedByRunningBuild(name)) continue;
                SiteWriter.deleteTree(file);
            }
        } catch (IOException e) {
            // Left for the next build to delete.
        }
    }

    /** A temporary file of a process still running (a build into another output, sharing this folder). */
    static boolean ownedByRunningBuild(String name) {
        if (!name.contains(TEMPORARY)) return false;
        String tail = name.substring(name.indexOf(TEMPORARY) + TEMPORARY.length());
        int dash = tail.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? tail : tail.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Writes a payload into the stream it is given; the cache frames and checks it. */
    @FunctionalInterface
    public interface Payload {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * The payload of the file at {@code name} (a path relative to the folder, such as {@code articles}
     * or {@code bodies/ab/ab12…}), or empty when there is none or it fails its check (then it is
     * deleted, with a notice).
     */
    public Optional<byte[]> read(String name) {
        if (folder == null) return Optional.empty();
        Path file = folder.resolve(name);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            if (Files.size(file) > MAX_BYTES) throw new IOException("too large");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        byte[] payload = unframe(bytes);
        if (payload == null) discard(name, file);
        return Optional.ofNullable(payload);
    }

    /** The payload of framed bytes, or null when they are not a whole file of this format. */
    static byte[] unframe(byte[] bytes) {
        if (bytes.length < 2 * Integer.BYTES) return null;
        int end = bytes.length - Integer.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getInt(0) != MAGIC || buffer.getInt(end) != (int) crc.getValue()) return null;
        byte[] payload = new byte[end - Integer.BYTES];
        System.arraycopy(bytes, Integer.BYTES, payload, 0, payload.length);
        return payload;
    }

    /** A stream over {@code payload}. */
    public static DataInputStream input(byte[] payload) {
        return new DataInputStream(new ByteArrayInputStream(payload));
    }

    /** Writes the file at {@code name}, whole or not at all; does nothing when read-only or without a cache. */
    public void write(String name, Payload payload) {
        if (folder == null || readOnly) return;
        try {
            install(folder.resolve(name), frame(payload));
        } catch (IOException | UncheckedIOException e) {
            // Not kept: the next build makes it again.
        }
    }

    static byte[] frame(Payload payload) throws IOException {
        FrameBytes bytes = new FrameBytes();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        payload.writeTo(out);
        out.flush();
        out.writeInt(bytes.crc());
        return bytes.toByteArray();
    }

    /**
     * The bytes of a frame as they are written. Java 17's DataOutputStream writes an int a byte at a time,
     * and ByteArrayOutputStream takes a lock for each byte; a frame has one writer, so it takes none.
     */
    private static final class FrameBytes extends ByteArrayOutputStream {
        FrameBytes() {
            super(8192);
        }

        @Override
        public void write(int b) {
            if (count == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (count + length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + length));
            System.arraycopy(bytes, offset, buf, count, length);
            count += length;
        }

        /** The CRC-32C of the bytes so far, read where they lie. */
        int crc() {
            CRC32C crc = new CRC32C();
            crc.update(buf, 0, count);
            return (int) crc.getValue();
        }
    }

    /** Written under a name of this process and write's own, then moved into place. */
    private void install(Path file, byte[] bytes) throws IOException {
        Staged staged = stage(file, bytes);
        staged.install();
    }

    private static Staged stage(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + TEMPORARY + ProcessHandle.current().pid()
                + "-" + WRITES.incrementAndGet());
        try {
            Files.write(temporary, bytes);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Staged(temporary, file);
    }

    /**
     * Writes the file at {@code name} beside its place, to be put there later: the page index is
     * written while the output it describes is updated, and installed only once that has succeeded.
     * Null when read-only or without a cache.
     */
    public Staged stage(String name, Payload payload) throws IOException {
        if (folder == null || readOnly) return null;
        return stage(folder.resolve(name), frame(payload));
    }

    /** A file written beside its place; see {@link #stage(String, Payload)}. */
    public static final class Staged {
        private final Path temporary;
        private final Path file;

        private Staged(Path temporary, Path file) {
            this.temporary = temporary;
            this.file = file;
        }

        public void install() throws IOException {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        /** Removes it: what it describes did not come about. */
        public void discard() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A leftover, deleted when a later build opens the cache.
            }
        }
    }

    /** Removes the file at {@code name}: what it says no longer holds. */
    public void delete(String name) {
        if (folder == null || readOnly) return;
        try {
            Files.deleteIfExists(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file at {@code name} exists (it may still fail its check when read). */
    public boolean exists(String name) {
        return folder != null && Files.isRegularFile(folder.resolve(name));
    }

    private void discard(String name, Path file) {
        String area = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        if (noticed.add(area)) {
            notice.accept("A damaged build cache file was " + (readOnly ? "ignored" : "discarded") + " (" + file
                    + "); what it held is made again.");
        }
        if (readOnly) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // It fails its check again next time, and is replaced when written.
        }
    }

    /**
     * A folder of files named by their keys ({@code bodies/ab/ab12…}): rendered bodies now, search
     * index parts and image derivatives later. Files this build did not use are deleted by {@link #prune}.
     */
    public Blobs blobs(String area) {
        return new Blobs(area);
    }

    /** Files named by a key, in one area of the cache; see {@link #blobs}. */
    public final class Blobs {
        /** The keys the last build used, so the next prunes without listing the whole area. */
        private static final String USED = "used";
        private final String area;
        private final Set<String> used = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean listOutdated = new AtomicBoolean();

        private Blobs(String area) {
            this.area = area;
        }

        private String name(String key, String suffix) {
            return area + "/" + key.substring(0, 2) + "/" + key + suffix;
        }

        /** The file of {@code key} (and {@code suffix}, for a second file beside it), when it is whole. */
        public Optional<byte[]> read(String key, String suffix) {
            used.add(key);
            return BuildCache.this.read(name(key, suffix));
        }

        public void write(String key, String suffix, Payload payload) {
            used.add(key);
            // The last build's list no longer names every file once this build adds one: should this
            // build fail or be killed before its prune, the next must search the whole area.
            if (listOutdated.compareAndSet(false, true)) {
                try {
                    delete(area + "/" + USED);
                } catch (UncheckedIOException e) {
                    listOutdated.set(false); // tried again at the next write
                }
            }
            BuildCache.this.write(name(key, suffix), payload);
        }

        /** Keeps the files of {@code key} through the prune without reading them. */
        public void markUsed(String key) {
            used.add(key);
        }

        /**
         * Deletes the files of the keys this build did not use. The keys each build used are listed
         * in the area, so the next one deletes just those it no longer uses; the whole area is
         * searched only when there is no list (the first build, or one that was interrupted).
         */
        public void prune() {
            if (folder == null || readOnly) return;
            Path root = folder.resolve(area);
            if (!Files.isDirectory(root)) return;
            Path list = root.resolve(USED);
            try {
                Set<String> before = Files.isRegularFile(list) ? new HashSet<>(Files.readAllLines(list)) : null;
                Files.deleteIfExists(list); // while files go, the list must not claim to be complete
                List<Path> stale = new ArrayList<>();
                if (before == null) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(Files::isRegularFile).filter(file -> !used.contains(keyOf(file))).forEach(stale::add);
                    }
                } else {
                    for (String key : before) {
                        // A cache key, or the SHA-256 of a search part's content; nothing else names a file.
                        if (used.contains(key) || !key.matches("[0-9a-f]{32}|[0-9a-f]{64}")) continue;
                        try (Stream<Path> files = Files.list(root.resolve(key.substring(0, 2)))) {
                            files.filter(file -> keyOf(file).equals(key)).forEach(stale::add);
                        } catch (NoSuchFileException gone) {
                            // Already deleted.
                        }
                    }
                }
                for (Path file : stale) Files.deleteIfExists(file);
                install(list, String.join("\n", new TreeSet<>(used)).concat("\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be tidied is still correct; the next build searches the whole area.
            }
        }

        /** The key a file is named by: its name up to a suffix or a temporary name's ending. */
        private static String keyOf(Path file) {
            String name = file.getFileName().toString();
            int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }
    }
}
