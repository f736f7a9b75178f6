package org.standfirst.incremental;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.render.ResolvedLink;

/**
 * What the last build wrote into one output folder, file by file: the key of what each file was
 * made from (see {@link PageKeys}; "" for files made every time, such as the home page), its size,
 * and for article pages how the body's links resolved. A rebuild keeps every file whose key still
 * matches and renders the rest.
 *
 * <p>Kept in the build cache under {@code pages/} and a digest of the output's path: outputs side by
 * side share a cache folder. It is deleted before a build changes the output and installed after, so
 * an interrupted build never leaves an index that claims files the output does not hold.
 */
final class PageIndex {
    static final String AREA = "pages";
    /** Before a link's result: it is its URL as written, or a text of its own follows. */
    private static final int SAME = 0, DIFFERENT = 1;
    /** In place of a key's length: the key is the previous entry's. */
    private static final int SAME_KEY = -1;

    /**
     * @param key the key of the file's input
     * @param size the file's size in bytes
     * @param links for an article page, how its body links resolved (else empty)
     * @param images for an article page, the site paths of the images its body shows (else empty)
     */
    record Entry(String key, long size, List<ResolvedLink> links, List<String> images) {
        Entry {
            links = List.copyOf(links);
            images = List.copyOf(images);
        }

        Entry(String key, long size) {
            this(key, size, List.of(), List.of());
        }
    }

    private final Map<String, Entry> entries;
    /** A digest of everything a body link could lead to when the index was made ("" when unknown). */
    private volatile String linkTargets = "";

    private PageIndex(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static PageIndex empty() {
        return new PageIndex(new ConcurrentHashMap<>());
    }

    /** The name of the index of {@code output} in the build cache. */
    static String name(Path output) {
        return AREA + "/" + CacheKey.of("output").text(output.toAbsolutePath().normalize().toString()).hex();
    }

    String linkTargets() {
        return linkTargets;
    }

    void linkTargets(String digest) {
        linkTargets = digest;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every file the index lists, by site path. */
    Set<String> sitePaths() {
        return Set.copyOf(entries.keySet());
    }

    Entry get(String sitePath) {
        return entries.get(sitePath);
    }

    void put(String sitePath, Entry entry) {
        entries.put(sitePath, entry);
    }

    /** Gives the entry already recorded for {@code sitePath} (with its size) its key, body links and body images. */
    void key(String sitePath, String key, List<ResolvedLink> links, List<String> images) {
        if (entries.computeIfPresent(sitePath, (path, entry) -> new Entry(key, entry.size(), links, images)) == null) {
            throw new IllegalStateException("no file was recorded at " + sitePath);
        }
    }

    /**
     * Whether {@code output} still holds every file this index lists, at the size it was written: the
     * cheap check that nobody deleted or truncated part of the site since (files are not read).
     */
    boolean allPresent(Path output) {
        return !entries.isEmpty() && entries.entrySet().parallelStream().allMatch(e -> present(output, e.getKey(), e.getValue()));
    }

    private static boolean present(Path output, String sitePath, Entry entry) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        try {
            BasicFileAttributes attributes = Files.readAttributes(output.resolve(file), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == entry.size();
        } catch (IOException e) {
            return false;
        }
    }

    /** The index of the last build into {@code output}, or an empty one. */
    static PageIndex read(BuildCache cache, Path output) {
        return cache.read(name(output)).map(PageIndex::decode).orElseGet(PageIndex::empty);
    }

    private static PageIndex decode(byte[] payload) {
        try {
            // Decoded in place: each text becomes one String, not a byte array and a String.
            Bytes bytes = new Bytes(payload);
            DataInputStream in = new DataInputStream(bytes);
            String linkTargets = bytes.text(in);
            int count = in.readInt();
            if (count < 0 || count > 50_000_000) return empty();
            Map<String, Entry> entries = new ConcurrentHashMap<>(count * 2);
            String previousKey = null;
            for (int i = 0; i < count; i++) {
                String path = bytes.text(in);
                int keyLength = in.readInt();
                if (keyLength == SAME_KEY && previousKey == null) return empty();
                String key = keyLength == SAME_KEY ? previousKey : bytes.text(in, keyLength);
                previousKey = key;
                long size = in.readLong();
                int links = in.readInt();
                if (links < 0 || links > 1_000_000) return empty();
                List<ResolvedLink> resolved = new ArrayList<>(links);
                for (int j = 0; j < links; j++) {
                    String url = bytes.text(in);
                    int line = in.readInt();
                    resolved.add(new ResolvedLink(url, line, result(in, bytes, url)));
                }
                int images = in.readInt();
                if (images < 0 || images > 1_000_000) return empty();
                List<String> shown = new ArrayList<>(images);
                for (int j = 0; j < images; j++) shown.add(bytes.text(in));
                entries.put(path, new Entry(key, size, resolved, shown));
            }
            if (in.read() != -1) return empty();
            PageIndex index = new PageIndex(entries);
            index.linkTargets(linkTargets);
            return index;
        } catch (IOException | RuntimeException e) {
            return empty(); // checked by the cache, yet not what this code writes: render everything
        }
    }

    /** Writes this index, in path order, so the bytes are the same for the same build. */
    void writeTo(DataOutputStream out) throws IOException {
        text(out, linkTargets);
        String[] paths = entries.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        out.writeInt(paths.length);
        String previousKey = null;
        for (String path : paths) {
            Entry entry = entries.get(path);
            text(out, path);
            // An article's citation files, next to its page in path order, share its key: written once.
            if (entry.key().equals(previousKey)) out.writeInt(SAME_KEY);
            else text(out, entry.key());
            previousKey = entry.key();
            out.writeLong(entry.size());
            out.writeInt(entry.links().size());
            for (ResolvedLink link : entry.links()) {
                text(out, link.url());
                out.writeInt(link.line());
                // Most links (those to other sites) are written as they are: kept once, not twice.
                if (link.unchanged()) {
                    out.writeInt(SAME);
                } else {
                    out.writeInt(DIFFERENT);
                    text(out, link.result());
                }
            }
            out.writeInt(entry.images().size());
            for (String image : entry.images()) text(out, image);
        }
    }

    private static String result(DataInputStream in, Bytes bytes, String url) throws IOException {
        int marker = in.readInt();
        if (marker == SAME) return url;
        if (marker == DIFFERENT) return bytes.text(in);
        throw new IOException("a link marked " + marker);
    }

    /** A stored index in memory, whose texts are decoded where they lie. */
    private static final class Bytes extends ByteArrayInputStream {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        /** A text as {@link #text(DataOutputStream, String)} wrote it: a length, then UTF-8. */
        String text(DataInputStream in) throws IOException {
            return text(in, in.readInt());
        }

        /** The UTF-8 text of {@code length} bytes that follows. */
        String text(DataInputStream in, int length) throws IOException {
            if (length < 0 || length > count - pos) throw new IOException("a text of " + length + " bytes");
            String text = new String(buf, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return text;
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
