package org.standfirst.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Article;
import org.standfirst.model.Problem;
import org.standfirst.validate.ArticleMemo;

/**
 * Articles validated by an earlier build, kept in one file of the build cache ({@value #NAME}) so a
 * rebuild reads and parses only the files that changed. An entry is reused while its file has the
 * same size and modification time and every lookup its reading made (images, PDFs) gives the same
 * answer. Files that gave an error are not kept: they are read again until they are fixed.
 *
 * <p>Each entry is framed by its path and length, so a build decodes only the entries of files it
 * has (in parallel, as it checks them) and copies the bytes of unchanged entries into the next file
 * as they are. Entries written for another content folder or another record schema read as absent.
 */
final class ValidatedArticles implements ArticleMemo {
    static final String NAME = "articles";
    private static final RecordCodec<Header> HEADER = RecordCodec.of(Header.class);
    private static final RecordCodec<Entry> ENTRY = RecordCodec.of(Entry.class);

    /** What the entries depend on besides their own files. */
    private record Header(String schema, String root, int entries) {
    }

    /** What identifies a version of a file without reading it. */
    record Stamp(long size, Instant modified) {
    }

    /** One validated article file. */
    private record Entry(Stamp stamp, Article article, List<Problem> problems, List<Lookup> lookups) {
    }

    /** One entry as stored, whole: its frame (path, length, entry) is {@code [frame, end)}, the entry {@code [entry, end)}. */
    private record Stored(byte[] bytes, int frame, int entry, int end) {
        DataInputStream entryInput() {
            return new DataInputStream(new ByteArrayInputStream(bytes, entry, end - entry));
        }
    }

    private final BuildCache cache;
    private final Path root;
    /** When the build started: files modified since shortly before are read but not kept (see {@link FileTimes}). */
    private final Instant start;
    private Map<String, Stored> entries;
    /** The entries this build keeps, by path. */
    private final Map<String, Stored> next = new ConcurrentHashMap<>();
    /** Whether every entry was reused as it was: then the file need not be written again. */
    private volatile boolean changed;

    ValidatedArticles(BuildCache cache, Path root, Instant start) {
        this.cache = cache;
        this.root = root;
        this.start = start;
        this.entries = cache.read(NAME).map(payload -> index(payload, root)).orElse(Map.of());
        this.changed = entries.isEmpty();
    }

    /** The entries of a stored file, or none when it was written for other articles or is not whole. */
    private static Map<String, Stored> index(byte[] bytes, Path root) {
        try {
            DataInputStream in = BuildCache.input(bytes);
            Header header = HEADER.read(in);
            if (!header.schema().equals(ENTRY.schema()) || !header.root().equals(root.toString())) return Map.of();
            Map<String, Stored> entries = new HashMap<>(Math.max(16, header.entries() * 2));
            for (int i = 0; i < header.entries(); i++) {
                int frame = bytes.length - in.available();
                String path = RecordCodec.readString(in);
                int size = in.readInt();
                int entry = bytes.length - in.available();
                if (path == null || size < 0 || in.skipBytes(size) != size) throw new IOException("truncated");
                if (entries.put(path, new Stored(bytes, frame, entry, entry + size)) != null) throw new IOException("twice: " + path);
            }
            if (in.available() != 0) throw new IOException("trailing bytes");
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // framed and checked, yet not what this code writes: read every article
        }
    }

    @Override
    public Optional<Outcome> recall(LoadedContent.ArticleFile file, Path root, Set<String> files) {
        Stored stored = entries.get(file.path());
        if (stored == null) return Optional.empty();
        Entry entry;
        try (DataInputStream in = stored.entryInput()) {
            entry = ENTRY.read(in);
            if (in.available() != 0) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        // The stamp was taken by the walk, before the file is read: an edit made since gives a new stamp.
        if (!entry.stamp().equals(new Stamp(file.size(), file.modified()))) return Optional.empty();
        for (Lookup lookup : entry.lookups()) {
            if (!lookup.holds(root, files)) return Optional.empty();
        }
        next.put(file.path(), stored);
        return Optional.of(new Outcome(Optional.of(entry.article()), entry.problems(), true));
    }

    @Override
    public Outcome remember(LoadedContent.ArticleFile file, Optional<Article> read, List<Problem> problems,
                            List<Lookup> lookups) {
        changed = true;
        Optional<Article> article = read.map(ValidatedArticles::digested);
        boolean clean = article.isPresent() && problems.stream().noneMatch(Problem::isError);
        if (clean && FileTimes.settled(file.modified(), start)) {
            Stored stored = frame(file.path(), new Entry(new Stamp(file.size(), file.modified()), article.get(), problems, lookups));
            if (stored != null) next.put(file.path(), stored);
        }
        return new Outcome(article, problems, false);
    }

    /** The article with its digest, made from every other component's canonical bytes. */
    static Article digested(Article article) {
        return article.withDigest(CacheKey.of("article").record(article.withDigest("")).hex());
    }

    private static Stored frame(String path, Entry entry) {
        try {
            ByteArrayOutputStream entryBytes = new ByteArrayOutputStream(1024);
            ENTRY.write(new DataOutputStream(entryBytes), entry);
            ByteArrayOutputStream frameBytes = new ByteArrayOutputStream(entryBytes.size() + path.length() + 16);
            DataOutputStream out = new DataOutputStream(frameBytes);
            RecordCodec.writeString(out, path);
            out.writeInt(entryBytes.size());
            entryBytes.writeTo(out);
            byte[] bytes = frameBytes.toByteArray();
            return new Stored(bytes, 0, bytes.length - entryBytes.size(), bytes.length);
        } catch (IOException e) {
            return null; // a string too long to store: the article is simply read every time
        }
    }

    /** Replaces the stored file with the entries of this build (only files present now), unless nothing changed. */
    @Override
    public void finish() {
        if (changed || next.size() != entries.size()) {
            List<Stored> kept = new ArrayList<>(new TreeMap<>(next).values());
            cache.write(NAME, out -> {
                HEADER.write(out, new Header(ENTRY.schema(), root.toString(), kept.size()));
                for (Stored stored : kept) out.write(stored.bytes(), stored.frame(), stored.end() - stored.frame());
            });
        }
        // The rest of the build no longer needs them (a large archive's entries take tens of megabytes);
        // anything asked of this memo afterwards is simply read again.
        entries = Map.of();
        next.clear();
    }
}
