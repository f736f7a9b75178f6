package org.standfirst.render;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.standfirst.model.Piece;

/**
 * Rendered bodies kept between builds ({@code .standfirst-cache/} beside the output), so a rebuild
 * renders with flexmark only the bodies that changed. An entry is keyed by everything that shapes the
 * HTML (the Markdown's digest, the page's path, the raw-HTML setting, Standfirst's version) and remembers how
 * each of its links resolved; it is reused only when every link still resolves the same way, so
 * output never differs from a clean build, and link problems are reported again as in a clean build.
 * An unreadable or corrupt entry is deleted and the body rendered afresh; entries no build used are
 * removed when a build finishes. A read-only cache (for {@code check}) reuses entries and changes none.
 */
final class BodyCache {
    private static final int FORMAT = 2;
    private static final String VERSION = "standfirst-body-cache-" + FORMAT;
    /** Beside an entry: its body as feeds carry it (see {@link #feedBody}). */
    private static final String FEED = ".feed";
    private static final String FEED_VERSION = "standfirst-feed-body-2";
    /** The list of the keys the last build used. */
    private static final String USED = "used";

    private final Path folder;
    private final String settings;
    /** Reuses entries but never stores, deletes or prunes one (a check writes nothing). */
    private final boolean readOnly;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param folder the cache folder, or null for no cache */
    BodyCache(Path folder, String settings, boolean readOnly) {
        this.folder = folder;
        this.settings = settings;
        this.readOnly = readOnly;
    }

    /** A rendered body and how its links resolved. */
    record Body(String html, List<BodyLinks.Resolved> links) {
    }

    /**
     * The body's HTML, from the cache when still valid, else rendered (and stored).
     *
     * @param markdown reads the body; called only when it must be rendered
     */
    Body render(Piece piece, java.util.function.Supplier<String> markdown, BodyLinks links, MarkdownRenderer renderer) {
        if (folder == null) {
            String html = renderer.render(markdown.get(), links);
            return new Body(html, links.resolved());
        }
        String key = key(piece);
        used.add(key);
        Path file = entry(key);
        Entry cached = read(file, !readOnly);
        if (cached != null && cached.stillValid(links)) return new Body(cached.html(), cached.links());
        BodyLinks rendering = links.fresh();
        String text = markdown.get();
        String html = renderer.render(text, rendering);
        // The body is read again here, after the article was read: if the file changed in between,
        // this HTML is not the one for the digest in the key, so it is used but not kept.
        if (!readOnly && org.standfirst.Digests.sha256(text).equals(piece.article().bodyDigest())) {
            write(file, new Entry(html, rendering.resolved()));
        }
        return new Body(html, rendering.resolved());
    }

    /**
     * A kept piece's body as its feeds carry it (links made absolute, which takes jsoup a parse): kept
     * beside the body's entry, for this base URL and exactly this body HTML, else made and stored. A
     * clean build stores none, since it makes each feed body once anyway.
     */
    String feedBody(Piece piece, Body body, String base, java.util.function.Supplier<String> make) {
        if (folder == null) return make.get();
        String key = key(piece);
        Path file = entry(key).resolveSibling(key + FEED);
        String header = FEED_VERSION + "\n" + base + "\n" + org.standfirst.Digests.sha256(body.html()) + "\n";
        try {
            if (Files.isRegularFile(file)) {
                // The header, the length of what follows (so a torn file is not taken), then the body.
                String stored = Files.readString(file);
                if (stored.startsWith(header)) {
                    int newline = stored.indexOf('\n', header.length());
                    if (newline > 0) {
                        String made = stored.substring(newline + 1);
                        if (Integer.toString(made.length()).equals(stored.substring(header.length(), newline))) return made;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable: made again, and stored over it.
        }
        String made = make.get();
        if (!readOnly) {
            try {
                store(file, (header + made.length() + "\n" + made).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // Not kept: the next build makes it again.
            }
        }
        return made;
    }

    /** A body the build did not need (its page was kept) but whose entry must not be pruned. */
    void markUsed(Piece piece) {
        if (folder != null) used.add(key(piece));
    }

    /**
     * Removes the entries this build did not use (deleted or edited pieces, old settings). The keys
     * each build used are listed in the cache, so the next build deletes just those it no longer
     * uses, without listing 100,000 entries; the whole folder is searched only when there is no
     * list (the first build, or one that was interrupted).
     */
    void prune() {
        if (folder == null || readOnly || !Files.isDirectory(folder)) return;
        Path list = folder.resolve(USED);
        try {
            Set<String> before = Files.isRegularFile(list) ? new java.util.HashSet<>(Files.readAllLines(list)) : null;
            Files.deleteIfExists(list); // while entries go, the list must not claim to be complete
            if (before == null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = file.getFileName().toString();
                        if (!used.contains(name.endsWith(FEED) ? name.substring(0, name.length() - FEED.length()) : name)) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            } else {
                for (String key : before) {
                    if (!used.contains(key) && key.matches("[0-9a-f]{64}")) {
                        Files.deleteIfExists(entry(key));
                        Files.deleteIfExists(entry(key).resolveSibling(key + FEED));
                    }
                }
            }
            Path temporary = folder.resolve(USED + ".tmp");
            Files.write(temporary, new java.util.TreeSet<>(used));
            Files.move(temporary, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be tidied is still correct; the next build searches the whole folder.
        }
    }

    /** Keyed by the body's digest (taken when it was read), so a kept page's entry is known unread. */
    private String key(Piece piece) {
        MessageDigest digest = org.standfirst.Digests.sha256();
        for (String part : new String[] {VERSION, settings, piece.path(), piece.article().bodyDigest()}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key);
    }

    /** A stored body and the links it was rendered with. */
    private record Entry(String html, List<BodyLinks.Resolved> links) {
        /** Resolving the links again (which reports their problems) gives the same results. */
        boolean stillValid(BodyLinks current) {
            for (BodyLinks.Resolved link : links) {
                if (!current.resolve(link.url(), link.line()).equals(link.result())) return false;
            }
            return true;
        }
    }

    /** @param deleteCorrupt delete an entry that cannot be read, so a later write starts clean */
    private static Entry read(Path file, boolean deleteCorrupt) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (!in.readUTF().equals(VERSION)) throw new IOException("another format");
            int count = in.readInt();
            if (count < 0 || count > 1_000_000) throw new IOException("corrupt");
            List<BodyLinks.Resolved> links = new ArrayList<>(count);
            for (int i = 0; i < count; i++) links.add(new BodyLinks.Resolved(in.readUTF(), in.readInt(), in.readUTF()));
            int length = in.readInt();
            if (length < 0) throw new IOException("corrupt");
            byte[] html = in.readNBytes(length);
            if (html.length != length || in.read() != -1) throw new IOException("corrupt");
            return new Entry(new String(html, StandardCharsets.UTF_8), links);
        } catch (IOException | RuntimeException e) {
            if (!deleteCorrupt) return null;
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Deleting failed too: the entry will be overwritten when the body is stored.
            }
            return null;
        }
    }

    /** Written to a temporary name and moved into place, so a killed build leaves no half entry. */
    private static void write(Path file, Entry entry) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(VERSION);
                out.writeInt(entry.links().size());
                for (BodyLinks.Resolved link : entry.links()) {
                    out.writeUTF(link.url());
                    out.writeInt(link.line());
                    out.writeUTF(link.result());
                }
                byte[] html = entry.html().getBytes(StandardCharsets.UTF_8);
                out.writeInt(html.length);
                out.write(html);
            }
            store(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file of the cache under a temporary name, then moves it into place, so a killed build
     * leaves no half file. Builds into other outputs may share the cache: the temporary name is this
     * process's and thread's own.
     */
    private static void store(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId());
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
