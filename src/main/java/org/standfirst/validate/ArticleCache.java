package org.standfirst.validate;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.standfirst.cache.RecordCodec;
import org.standfirst.model.Article;
import org.standfirst.model.Problem;

/**
 * Articles validated by an earlier run, kept in one file ({@code articles} in the cache folder) so a
 * rebuild reads and parses only the files that changed. An entry is reused while its file has the same
 * size and modification time and every lookup its reading made (images, PDFs) would give the same
 * answer; its warnings are then reported again, so output and messages never differ from a clean build.
 * Files that gave an error are not kept: they are read again until they are fixed.
 *
 * <p>Each entry is framed by its path and length, so a run decodes only the entries of files it has
 * (in parallel, as it checks them) and copies the bytes of unchanged entries into the next file as they
 * are. The file is written to a temporary name and moved into place. One written under another record
 * schema, other settings or for another content folder, or damaged (its last four bytes are a CRC-32C
 * of the rest), reads as empty and is replaced by the next write.
 */
final class ArticleCache {
    static final String FILE = "articles";
    /** Names the framing and the header; the entries' layout is guarded by their schema. */
    private static final String FORMAT = "standfirst-article-cache-1";
    /**
     * File systems keep modification times in ticks (2 s on FAT, 1 s on HFS+ and ext3, a few ms on
     * ext4), so a file saved again within the tick it was read in, at the same length, would look
     * unchanged. Files modified this close to the start of a run are read but not kept (as git does
     * with "racily clean" entries); the next run keeps them.
     */
    private static final Duration TICK = Duration.ofSeconds(2);
    /** Far more than any archive needs (10,000 articles take about 7.5 MB), and less than an array holds. */
    private static final long MAX_BYTES = 1L << 30;
    /** Names this process's temporary files apart, as builds may run side by side (serve, and a build). */
    private static final AtomicInteger WRITES = new AtomicInteger();
    private static final RecordCodec<Header> HEADER = RecordCodec.of(Header.class);
    private static final RecordCodec<Entry> ENTRY = RecordCodec.of(Entry.class);

    /** Everything the entries depend on besides their own files. */
    private record Header(String schema, String settings, String root, int entries) {
    }

    /** What identifies a version of a file without reading it. */
    record Stamp(long size, Instant modified) {
    }

    /** One validated article file. */
    private record Entry(Stamp stamp, Article article, List<Problem> problems, List<FileLookups.Lookup> lookups) {
    }

    /** One entry as stored: its frame (path, length, entry) is {@code [frame, end)}, the entry {@code [entry, end)}. */
    record Stored(byte[] bytes, int frame, int entry, int end) {
        DataInputStream entryInput() {
            return new DataInputStream(new ByteArrayInputStream(bytes, entry, end - entry));
        }
    }

    /**
     * What one article file gave.
     *
     * @param problems what reading it reported, sorted
     * @param reused whether it came from the cache
     * @param stored its entry for the next run, or null when it is not kept
     */
    record Outcome(Optional<Article> article, List<Problem> problems, boolean reused, Stored stored) {
    }

    private final Path file;
    private final String settings;
    private final Path root;
    private final Instant start;
    private final Map<String, Stored> entries;
    /** The file was read whole and matched: when nothing changed, it need not be written again. */
    private final boolean intact;
    /** Reused from but never written (a check writes nothing). */
    private final boolean readOnly;

    private ArticleCache(Path file, String settings, Path root, Instant start, Map<String, Stored> entries,
                         boolean intact, boolean readOnly) {
        this.file = file;
        this.settings = settings;
        this.root = root;
        this.start = start;
        this.entries = entries;
        this.intact = intact;
        this.readOnly = readOnly;
    }

    /** No cache: every article is read, nothing is kept. */
    static ArticleCache none(Path root) {
        return new ArticleCache(null, "", root, Instant.now(), Map.of(), false, true);
    }

    /**
     * The cache in {@code folder}, or an empty one when there is none or it cannot be used.
     *
     * @param settings whatever else shapes an article (Standfirst's code); a change empties the cache
     * @param root the content folder
     * @param readOnly reuse its entries but never write it
     */
    static ArticleCache load(Path folder, String settings, Path root, boolean readOnly) {
        Instant start = Instant.now();
        Path file = folder.resolve(FILE);
        Map<String, Stored> entries = Map.of();
        boolean intact = false;
        if (Files.isRegularFile(file)) {
            try {
                if (Files.size(file) > MAX_BYTES) throw new IOException("not a cache this Standfirst wrote");
                entries = index(Files.readAllBytes(file), settings, root);
                intact = true;
            } catch (IOException | RuntimeException e) {
                // Damaged, or written by another Standfirst or for another folder: read every article.
            }
        }
        return new ArticleCache(file, settings, root, start, entries, intact, readOnly);
    }

    private static Map<String, Stored> index(byte[] bytes, String settings, Path root) throws IOException {
        int length = bytes.length - Integer.BYTES;
        if (length < 0) throw new IOException("too short");
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, length, Integer.BYTES));
        if (in.readInt() != (int) crc.getValue()) throw new IOException("damaged");
        in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length));
        if (!in.readUTF().equals(FORMAT)) throw new IOException("another format");
        Header header = HEADER.read(in);
        if (!header.schema().equals(ENTRY.schema()) || !header.settings().equals(settings)
                || !header.root().equals(root.toString())) {
            throw new IOException("written for other articles");
        }
        Map<String, Stored> entries = new HashMap<>(Math.max(16, header.entries() * 2));
        for (int i = 0; i < header.entries(); i++) {
            int frame = length - in.available();
            String path = RecordCodec.readString(in);
            if (path == null) throw new IOException("no path");
            int size = in.readInt();
            int entry = length - in.available();
            if (size < 0 || in.skipBytes(size) != size) throw new IOException("truncated");
            if (entries.put(path, new Stored(bytes, frame, entry, entry + size)) != null) {
                throw new IOException("two entries for " + path);
            }
        }
        if (in.available() != 0) throw new IOException("trailing bytes");
        return entries;
    }

    /** The stamp of a file of this size and time, or null when there is no cache. */
    Stamp stamp(long size, Instant modified) {
        return file == null ? null : new Stamp(size, modified);
    }

    /**
     * The kept article of the file at {@code path}, if its file is as it was and every lookup it made
     * still gives the same answer.
     *
     * @param files every file of the content folder now
     */
    Optional<Outcome> reuse(String path, Stamp stamp, Set<String> files) {
        Stored stored = stamp == null ? null : entries.get(path);
        if (stored == null) return Optional.empty();
        Entry entry;
        try (DataInputStream in = stored.entryInput()) {
            entry = ENTRY.read(in);
            if (in.available() != 0) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!entry.stamp().equals(stamp)) return Optional.empty();
        for (FileLookups.Lookup lookup : entry.lookups()) {
            if (!lookup.holds(root, files)) return Optional.empty();
        }
        return Optional.of(new Outcome(Optional.of(entry.article()), entry.problems(), true, stored));
    }

    /**
     * A file read afresh, kept for the next run when it gave an article and no error.
     *
     * @param stamp the file's stamp taken before it was read, or null
     * @param lookups what reading it asked about other files
     */
    Outcome fresh(String path, Stamp stamp, Optional<Article> article, List<Problem> problems,
                  List<FileLookups.Lookup> lookups) {
        boolean clean = article.isPresent() && problems.stream().noneMatch(Problem::isError);
        Stored stored = null;
        if (stamp != null && !readOnly && clean && stamp.modified().isBefore(start.minus(TICK))) {
            stored = frame(path, new Entry(stamp, article.get(), problems, lookups));
        }
        return new Outcome(article, problems, false, stored);
    }

    private static Stored frame(String path, Entry entry) {
        try {
            ByteArrayOutputStream entryBytes = new ByteArrayOutputStream(1024);
            try (DataOutputStream out = new DataOutputStream(entryBytes)) {
                ENTRY.write(out, entry);
            }
            ByteArrayOutputStream frameBytes = new ByteArrayOutputStream(entryBytes.size() + path.length() + 16);
            try (DataOutputStream out = new DataOutputStream(frameBytes)) {
                RecordCodec.writeString(out, path);
                out.writeInt(entryBytes.size());
                entryBytes.writeTo(out);
            }
            byte[] bytes = frameBytes.toByteArray();
            return new Stored(bytes, 0, bytes.length - entryBytes.size(), bytes.length);
        } catch (IOException e) {
            return null; // a string too long to store: the article is simply read every time
        }
    }

    /**
     * Replaces the cache with the entries of this run's outcomes (only files present now), unless it
     * already holds exactly those. A cache that cannot be written is left alone: the build does not
     * depend on it, and the next run reads the articles it lacks. A read-only cache is left alone.
     */
    void write(List<Outcome> outcomes) {
        if (file == null || readOnly) return;
        List<Stored> kept = new ArrayList<>(outcomes.size());
        boolean allReused = true;
        for (Outcome outcome : outcomes) {
            if (outcome.stored() != null) kept.add(outcome.stored());
            allReused &= outcome.reused();
        }
        if (intact && allReused && kept.size() == entries.size()) return;
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid() + "-" + WRITES.incrementAndGet());
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                CRC32C crc = new CRC32C();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                        new BufferedOutputStream(stream, 1 << 16), crc));
                out.writeUTF(FORMAT);
                HEADER.write(out, new Header(ENTRY.schema(), settings, root.toString(), kept.size()));
                for (Stored stored : kept) out.write(stored.bytes(), stored.frame(), stored.end() - stored.frame());
                out.flush();
                new DataOutputStream(stream).writeInt((int) crc.getValue());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temporary != null) Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Left behind in the cache folder; harmless.
            }
        }
    }
}
