package org.standfirst.write;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.standfirst.Background;

/**
 * Updates the output in place, touching only the files that changed: where {@link SiteWriter} makes
 * a whole new folder and swaps it in (every file of the site written, even when one article
 * changed), this writes only new or changed files, into an update folder beside the output
 * ({@code .site-output.update-…}), and on {@link #commit} decides what to delete, records that in a
 * journal, and then moves the new files in and deletes the stale ones.
 *
 * <p>A build that fails or is killed before the journal is complete leaves the output exactly as it
 * was. One killed while applying a complete journal leaves a mix of old and new files, which the next
 * {@code open} of either writer finishes (see {@link UpdateJournal}), so readers of the output may
 * see a mix only while an update is being applied.
 */
public final class SiteUpdater implements OutputWriter {
    /**
     * What a commit changed.
     *
     * @param written files added or replaced
     * @param unchanged files written with the bytes the output already held, so left alone
     * @param deleted files (and links) of the output that the new site does not name
     */
    public record Changes(int written, int unchanged, int deleted) {
    }

    private final Path output;
    private final Path update;
    private final Path files;
    private final OutputPaths paths;
    /** Every file of the new site named so far (paths relative to the output, as strings). */
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    /** The kept files, with the size each must still have. */
    private final Map<String, Long> kept = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger changedCopies = new AtomicInteger();
    private boolean journaled;
    private boolean committed;
    private Changes changes;

    /** What the output is known to hold (by site path), when this process made it; else null. */
    private final Set<String> known;
    /** The walk of the output, started at open so that it runs while the pages render; null with {@link #known}. */
    private final FutureTask<OutputTree> tree;

    private SiteUpdater(Path output, Path update, Set<String> known) {
        this.output = output;
        this.update = update;
        this.known = known;
        this.files = update.resolve(UpdateJournal.FILES);
        this.paths = new OutputPaths(output);
        this.tree = known == null ? Background.start("standfirst-output-walk", () -> OutputTree.walk(output)) : null;
    }

    /**
     * Prepares an update of {@code output}, after the same checks as {@link SiteWriter#open}, and
     * after finishing or removing whatever a killed build left beside it.
     */
    public static SiteUpdater open(Path output, List<Path> sources) throws UnsafeOutput, IOException {
        return open(output, sources, null);
    }

    /**
     * As {@link #open(Path, List)}, for an output only this process writes to (the preview's private
     * folder) and which holds exactly the files {@code known} names (site paths): the commit then
     * works out what to delete from that list instead of walking the output, and trusts kept files
     * to be there.
     */
    public static SiteUpdater open(Path output, List<Path> sources, Set<String> known) throws UnsafeOutput, IOException {
        Path out = SiteWriter.prepare(output, sources);
        Path update = Leftovers.sibling(out, Leftovers.UPDATE);
        Files.createDirectory(update);
        return new SiteUpdater(out, update, known);
    }

    @Override
    public void file(String sitePath, byte[] bytes) {
        Path file = OutputPaths.file(sitePath);
        boolean first = name(file.toString());
        if (sameBytes(file, bytes)) {
            if (!first) forgetStaged(file);
            unchanged.incrementAndGet();
            return;
        }
        try {
            Files.write(staged(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.incrementAndGet();
    }

    @Override
    public void copy(String sitePath, Path source) {
        Path file = OutputPaths.file(sitePath);
        boolean first = name(file.toString());
        try {
            if (sameFile(file, source)) {
                if (!first) forgetStaged(file);
                unchanged.incrementAndGet();
                return;
            }
            Files.copy(source, staged(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.incrementAndGet();
        changedCopies.incrementAndGet();
    }

    /** Records that the output's file at {@code sitePath} stays; {@link #commit} checks it is there. */
    @Override
    public void keep(String sitePath, long size) {
        String file = OutputPaths.fileName(sitePath);
        name(file);
        kept.put(file, size);
    }

    /** A folder inside the update folder, removed before the update is applied. */
    @Override
    public synchronized Path scratch() {
        Path scratch = update.resolve(UpdateJournal.SCRATCH);
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scratch;
    }

    /** Records the file a site path names as part of the new site; false if it already was. */
    private boolean name(String file) {
        return live.add(file);
    }

    /**
     * A path written twice (only in builds that fail, where two pages collide) ends with the last
     * bytes, as in a staged build: bytes staged before are dropped when the output already holds the
     * last ones.
     */
    private void forgetStaged(Path file) {
        try {
            Files.deleteIfExists(files.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path staged(Path file) throws IOException {
        Path target = files.resolve(file);
        Files.createDirectories(target.getParent());
        return target;
    }

    /** The output already holds exactly these bytes at {@code file}, reached through real folders. */
    private boolean sameBytes(Path file, byte[] bytes) {
        Path existing = output.resolve(file);
        if (!isRegularFile(file, bytes.length)) return false;
        try {
            return Arrays.equals(Files.readAllBytes(existing), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean sameFile(Path file, Path source) throws IOException {
        return isRegularFile(file, Files.size(source)) && Files.mismatch(output.resolve(file), source) == -1;
    }

    private boolean isRegularFile(Path file, long size) {
        if (!paths.reachable(file)) return false;
        BasicFileAttributes entry = OutputPaths.entry(output.resolve(file));
        return entry != null && entry.isRegularFile() && entry.size() == size;
    }

    /**
     * Applies the update: decides which files of the output the new site no longer names, writes
     * that into the journal, then moves the new files in, deletes the stale ones and removes folders
     * left empty. Until the journal is written the output is untouched; after, the update is finished
     * here or, if this build dies, by the next one.
     */
    @Override
    public void commit() throws IOException {
        if (journaled) throw new IllegalStateException("this update was already committed");
        UpdateJournal journal = decide();
        journal.apply(output, update);
        committed = true;
        SiteWriter.deleteTree(update);
        changes = new Changes(written.get(), unchanged.get(), journal.deletions().size());
    }

    @Override
    public int changedCopies() {
        return changedCopies.get();
    }

    /** What the commit changed; null before it. */
    public Changes changes() {
        return changes;
    }

    /** Everything {@link #commit} does before it touches the output; left to the next open by tests. */
    UpdateJournal decide() throws IOException {
        SiteWriter.deleteTree(update.resolve(UpdateJournal.SCRATCH));
        Set<String> folders = OutputScan.folders(live);
        checkNoFileIsAFolder(folders);
        UpdateJournal journal = plan(folders);
        journal.write(update);
        journaled = true;
        return journal;
    }

    /**
     * A site with both {@code x} and {@code x/y} cannot be written; say so rather than lose a file.
     *
     * @param folders the folders the site's files lie in
     */
    private void checkNoFileIsAFolder(Set<String> folders) {
        String file = null;
        for (String folder : folders) {
            if (live.contains(folder) && (file == null || folder.compareTo(file) < 0)) file = folder;
        }
        if (file == null) return;
        String prefix = file + File.separatorChar;
        String inside = live.stream().filter(name -> name.startsWith(prefix)).min(Comparator.naturalOrder()).orElseThrow();
        throw new IllegalStateException("the site has both a file " + file + " and a file " + inside
                + " inside a folder of that name");
    }

    /**
     * Lists what the new site no longer has from the walk of the output, and checks kept files are
     * there. The walk was made after open had put right what killed builds left, and only this build
     * writes to the output, so it still holds; a file someone deletes in between is missed, as it
     * would be between any walk and the moves.
     */
    private UpdateJournal plan(Set<String> folders) throws IOException {
        if (known != null) return planFromKnown();
        OutputScan scan = OutputScan.of(walked(), live, folders, kept);
        if (scan.keptFound() != kept.size()) throw missing();
        return new UpdateJournal(scan.stale(), scan.emptyFolders());
    }

    private OutputTree walked() throws IOException {
        return Background.await(tree, "walk " + output);
    }

    /** The files {@code known} lists that the new site does not name, and their folders, deepest first. */
    private UpdateJournal planFromKnown() {
        TreeSet<Path> stale = new TreeSet<>();
        for (String sitePath : known) {
            Path file = OutputPaths.file(sitePath);
            if (!live.contains(file.toString())) stale.add(file);
        }
        TreeSet<Path> folders = new TreeSet<>(Comparator
                .comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (Path file : stale) {
            for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) folders.add(folder);
        }
        return new UpdateJournal(List.copyOf(stale), List.copyOf(folders));
    }

    /** The kept files the output does not hold (someone deleted them, or put a link in their way). */
    private KeptFilesMissing missing() {
        OutputPaths now = new OutputPaths(output); // not what was true while the pages were written
        List<String> missing = kept.keySet().stream()
                .filter(name -> !now.reachable(Path.of(name)) || !OutputPaths.isRegularFile(output.resolve(name))
                        || OutputPaths.size(output.resolve(name)) != kept.get(name))
                .sorted().toList();
        String shown = String.join(", ", missing.subList(0, Math.min(5, missing.size())));
        return new KeptFilesMissing(missing.size() + " file(s) kept from the previous build are no longer in " + output
                + " as it was written (deleted, changed in size, or behind a symbolic link): " + shown
                + (missing.size() > 5 ? ", …" : "") + "; nothing was changed — build again with --no-cache");
    }

    /**
     * Files the build kept from the previous output are gone or changed: someone touched the output
     * since. The output is as it was; a build that writes everything afresh repairs it.
     */
    public static final class KeptFilesMissing extends IOException {
        KeptFilesMissing(String message) {
            super(message);
        }
    }

    /**
     * Removes the update folder, unless its journal is complete but was not applied in full (the
     * commit failed half way): then the next build's {@code open} finishes it.
     */
    @Override
    public void close() throws IOException {
        if (!journaled || committed) SiteWriter.deleteTree(update);
    }
}
