package org.standfirst.render;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build wrote, file by file: the digest of what each file was made from (see
 * {@link PageKeys}; "" for files rendered every time, such as the home page), its
 * size, and for article pages how the body's links resolved. A rebuild keeps
 * every file whose digest still matches and whose output file is still there, and renders the rest.
 *
 * <p>Kept as {@code pages-…} in the cache folder. It describes one output folder built by one
 * Standfirst: an index of another (or an unreadable one) reads as empty, so everything is rendered.
 * It is deleted before a build changes the output and written after, so an interrupted build never
 * leaves an index that claims pages the output does not hold.
 */
public final class PageIndex {
    private static final String VERSION = "standfirst-page-index-4";
    /** One index per output folder ({@code pages-} and a checksum of its path): outputs side by side share a cache folder. */
    private static final String FILE = "pages-";
    /** Before a link's result: it is its URL as written, or a text of its own follows. */
    private static final int SAME = 0, DIFFERENT = 1;

    /**
     * @param key the digest of the file's input
     * @param size the file's size in bytes
     * @param links for an article page, how its body links resolved (else empty)
     */
    record Entry(String key, long size, List<BodyLinks.Resolved> links) {
        public Entry {
            links = List.copyOf(links);
        }
    }

    private final Path output;
    private final Map<String, Entry> entries;
    /** A digest of everything a body link can lead to when the index was made ("" when unknown). */
    private volatile String linkTargets = "";

    private PageIndex(Path output, Map<String, Entry> entries) {
        this.output = output;
        this.entries = entries;
    }

    String linkTargets() {
        return linkTargets;
    }

    void linkTargets(String digest) {
        linkTargets = digest;
    }

    /** An index with nothing in it (everything is rendered), for no output folder in particular. */
    public static PageIndex empty() {
        return new PageIndex(null, new ConcurrentHashMap<>());
    }

    /** A new index to fill in as a build renders into {@code output}. */
    public static PageIndex forOutput(Path output) {
        return new PageIndex(output.toAbsolutePath().normalize(), new ConcurrentHashMap<>());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every file the index lists, by site path. */
    public java.util.Set<String> sitePaths() {
        return java.util.Set.copyOf(entries.keySet());
    }

    Entry get(String sitePath) {
        return entries.get(sitePath);
    }

    void put(String sitePath, Entry entry) {
        entries.put(sitePath, entry);
    }

    /** Gives the entry already recorded for {@code sitePath} (with its size) its digest and body links. */
    void key(String sitePath, String key, List<BodyLinks.Resolved> links) {
        if (entries.computeIfPresent(sitePath, (path, entry) -> new Entry(key, entry.size(), links)) == null) {
            throw new IllegalStateException("no file was recorded at " + sitePath);
        }
    }

    /** The previous file at {@code sitePath} is still in the output, at the size it was written. */
    boolean present(String sitePath, Entry entry) {
        if (output == null) return false;
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        try {
            var attributes = Files.readAttributes(output.resolve(file), java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == entry.size();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the output still holds every file this index lists, at the size it was written: the
     * cheap check that nobody deleted or truncated part of the site since (files are not read).
     */
    public boolean allPresent() {
        return output != null && entries.entrySet().parallelStream().allMatch(e -> present(e.getKey(), e.getValue()));
    }

    /** The index of the last build into {@code output} by this Standfirst, or an empty one (always without a cache). */
    public static PageIndex read(Path cache, Path output, String code) {
        if (cache == null) return empty();
        Path out = output.toAbsolutePath().normalize();
        Path file = file(cache, out);
        if (!Files.isRegularFile(file)) return empty();
        try {
            // Read whole and decoded in place: each text becomes one String, not a byte array and a String.
            Bytes bytes = new Bytes(Files.readAllBytes(file));
            DataInputStream in = new DataInputStream(bytes);
            if (!in.readUTF().equals(VERSION) || !in.readUTF().equals(code) || !in.readUTF().equals(out.toString())) {
                return empty();
            }
            String linkTargets = bytes.text(in);
            int count = in.readInt();
            if (count < 0 || count > 50_000_000) return empty();
            Map<String, Entry> entries = new ConcurrentHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = bytes.text(in);
                String key = bytes.text(in);
                long size = in.readLong();
                int links = in.readInt();
                if (links < 0 || links > 1_000_000) return empty();
                List<BodyLinks.Resolved> resolved = new ArrayList<>(links);
                for (int j = 0; j < links; j++) {
                    String url = bytes.text(in);
                    int line = in.readInt();
                    resolved.add(new BodyLinks.Resolved(url, line, result(in, bytes, url)));
                }
                entries.put(path, new Entry(key, size, resolved));
            }
            if (in.read() != -1) return empty();
            PageIndex index = new PageIndex(out, entries);
            index.linkTargets(linkTargets);
            return index;
        } catch (IOException | RuntimeException e) {
            return empty(); // corrupt or truncated: render everything, and the next write replaces it
        }
    }

    /** Whether an index of {@code output} is stored in {@code cache} (it may still be stale or unreadable). */
    public static boolean exists(Path cache, Path output) {
        return Files.isRegularFile(file(cache, output.toAbsolutePath().normalize()));
    }

    /** Removes the stored index of {@code output}: the output is about to change. */
    public static void forget(Path cache, Path output) throws IOException {
        if (cache != null) Files.deleteIfExists(file(cache, output.toAbsolutePath().normalize()));
    }

    /**
     * Named by a checksum of the output's path, not a SHA-256: the launcher looks for this file before
     * every build, and the first SHA-256 of a JVM costs 15 ms of loading security providers. Two outputs
     * whose names collide only rebuild in full, since the index names its output inside.
     */
    private static Path file(Path cache, Path output) {
        byte[] name = output.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(name);
        java.util.HexFormat hex = java.util.HexFormat.of();
        return cache.resolve(FILE + hex.toHexDigits((int) crc.getValue()) + hex.toHexDigits(java.util.Arrays.hashCode(name)));
    }

    /** Stores this index (in path order, so the file is the same for the same build). */
    public void write(Path cache, String code) throws IOException {
        Written written = writeAside(cache, code);
        if (written != null) written.install();
    }

    /**
     * An index written beside its place, to be put there once the output it describes is: a build
     * writes it while the output is updated (85 ms at 10,000 pieces, on the other core).
     */
    public static final class Written {
        private final Path temporary;
        private final Path file;

        private Written(Path temporary, Path file) {
            this.temporary = temporary;
            this.file = file;
        }

        public void install() throws IOException {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Removes it: the output was not updated after all. */
        public void discard() throws IOException {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes this index under a temporary name; null without a cache or an output. */
    public Written writeAside(Path cache, String code) throws IOException {
        if (cache == null || output == null) return null;
        Files.createDirectories(cache);
        Path file = file(cache, output);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
            out.writeUTF(VERSION);
            out.writeUTF(code);
            out.writeUTF(output.toString());
            text(out, linkTargets);
            String[] paths = entries.keySet().toArray(new String[0]);
            java.util.Arrays.sort(paths); // several times faster than filling a TreeMap
            out.writeInt(paths.length);
            for (String path : paths) {
                Entry entry = entries.get(path);
                text(out, path);
                text(out, entry.key());
                out.writeLong(entry.size());
                out.writeInt(entry.links().size());
                for (BodyLinks.Resolved link : entry.links()) {
                    text(out, link.url());
                    out.writeInt(link.line());
                    // Most links (those to other sites) are written as they are: kept once, not twice.
                    if (link.result().equals(link.url())) {
                        out.writeInt(SAME);
                    } else {
                        out.writeInt(DIFFERENT);
                        text(out, link.result());
                    }
                }
            }
        }
        return new Written(temporary, file);
    }

    private static String result(DataInputStream in, Bytes bytes, String url) throws IOException {
        int marker = in.readInt();
        if (marker == SAME) return url;
        if (marker == DIFFERENT) return bytes.text(in);
        throw new IOException("a link marked " + marker + ": corrupt");
    }

    /** A stored index in memory, whose texts are decoded where they lie. */
    private static final class Bytes extends java.io.ByteArrayInputStream {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        /** A text as the index's writer wrote it: a length, then UTF-8. */
        String text(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > count - pos) throw new IOException("a text of " + length + " bytes: corrupt");
            String text = new String(buf, pos, length, java.nio.charset.StandardCharsets.UTF_8);
            pos += length;
            return text;
        }
    }

    // Strings as their UTF-8 bytes after a length: several times faster than writeUTF/readUTF, whose
    // modified UTF-8 is coded one character at a time.
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
