package org.standfirst.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.standfirst.Background;
import org.standfirst.assemble.RelatedMemo;
import org.standfirst.model.Problem;
import org.standfirst.render.BodyMemo;
import org.standfirst.render.PageReuse;
import org.standfirst.render.PageSink;
import org.standfirst.render.ThemeFiles;
import org.standfirst.render.image.ImageMemo;
import org.standfirst.search.SearchMemo;
import org.standfirst.validate.ArticleMemo;

/**
 * Incremental building, as the pipeline sees it: one build cache, and the memo or reuse decision that
 * each stage asks for. Without a cache every hook does nothing and the build is a clean one; read-only
 * (for {@code check}) the cache is used as a rebuild uses it, and left exactly as it was.
 */
public final class IncrementalBuild {
    /** The build cache's folder name, beside the output folder. */
    public static final String CACHE_FOLDER = ".standfirst-cache";
    /** Beyond this many files saved in a build's tick, the build is not remembered as up to date. */
    private static final int UNSETTLED_LIMIT = 100;

    private final BuildCache cache;
    private final Path output;
    /** Without a cache: the cache beside the output, whose record of it a build forgets (it no longer matches). */
    private final Path besides;
    /** The last build's page index, read on a thread of its own while the content is read. */
    private FutureTask<PageIndex> previous;
    private PageIndex next = PageIndex.empty();
    /** The key of what this build reads, once {@link #upToDate} made it; null when it was not asked. */
    private String inputs;
    /** When this build started; see {@link FileTimes}. */
    private final Instant start = Instant.now();
    /**
     * The files {@link #upToDate} found modified in this build's tick, by their bytes as it found them
     * (before the build read them); null when there were too many to be worth it.
     */
    private List<LastBuild.Unsettled> unsettled;
    /** The files {@link #upToDate} found, with the digests known for them, once it compared them with the last build's. */
    private KnownFiles.Found found;

    /** The build cache of an output folder: {@value #CACHE_FOLDER} beside it. */
    public static Path cacheFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.getParent() == null ? null : absolute.resolveSibling(CACHE_FOLDER);
    }

    /** Whether a build into {@code output} left a page index beside it: the next build is a rebuild. */
    public static boolean hasBuilt(Path output) {
        Path folder = cacheFor(output);
        return folder != null && Files.isRegularFile(folder.resolve(PageIndex.name(output)));
    }

    /** Keeps a file of the last build in the output: {@code OutputWriter.keep}. */
    public interface Keeper {
        void keep(String sitePath, long size);
    }

    /** What makes a build's output public; nothing reaches the output before it is called. */
    public interface Commit {
        void run() throws IOException;
    }

    /** A file of an input folder: its path in the folder, size and modification time. */
    public record Stamp(String path, long size, Instant modified) {
    }

    private IncrementalBuild(BuildCache cache, Path output, Path besides) {
        this.cache = cache;
        this.output = output.toAbsolutePath().normalize();
        this.besides = besides;
        this.previous = Background.start("standfirst-page-index", () -> PageIndex.read(cache, this.output));
    }

    /**
     * The cache in {@code folder} (null for none) for a build into {@code output}.
     *
     * @param code which Standfirst is running: a cache of another is emptied
     * @param notice told, in one line, when something kept had to be discarded
     */
    public static IncrementalBuild open(Path folder, Path output, String code, boolean readOnly, Consumer<String> notice) {
        if (folder == null) return new IncrementalBuild(BuildCache.none(), output, readOnly ? null : cacheFor(output));
        BuildCache cache = BuildCache.open(folder, code, readOnly, notice);
        cache.pruneLeftovers(Set.of(ValidatedArticles.NAME, KeptRelatedPieces.NAME, RenderedBodies.AREA,
                KeptDerivatives.AREA, KeptSearchIndex.AREA, KeptSearchIndex.LAST, PageIndex.AREA, LastBuild.NAME, KnownFiles.NAME, ClassArchive.AREA));
        return new IncrementalBuild(cache, output, null);
    }

    /** The image derivatives kept in the cache {@code folder} (null for none), read but never stored: for the preview's quick look. */
    public static ImageMemo keptImages(Path folder) {
        if (folder == null) return ImageMemo.NONE;
        return new KeptDerivatives(BuildCache.open(folder, CodeFingerprint.value(), true, line -> { }));
    }

    /** The related pieces kept in the cache {@code folder} (null for none), read but never stored: for the preview's quick look. */
    public static RelatedMemo keptRelated(Path folder) {
        if (folder == null) return RelatedMemo.NONE;
        return new KeptRelatedPieces(BuildCache.open(folder, CodeFingerprint.value(), true, line -> { }));
    }

    /**
     * The last build's outcome, when nothing it read has changed since and its output is as it left it.
     *
     * @param settings everything besides the files that shapes the output or the report
     * @param content the content folder's files, or null when it is missing
     */
    public Optional<UpToDate> upToDate(String settings, Path contentFolder, List<Stamp> content, Path templates)
            throws IOException {
        if (cache.isNone() || cache.readOnly()) return Optional.empty();
        List<LastBuild.Folder> folders = List.of(new LastBuild.Folder(contentFolder, content),
                new LastBuild.Folder(templates, LastBuild.stamps(templates)));
        inputs = LastBuild.inputs(settings, folders);
        unsettled = unsettled(folders);
        Optional<LastBuild.State> last = LastBuild.read(cache);
        boolean sameTimes = last.isPresent() && last.get().inputs().equals(inputs)
                && last.get().unsettled().stream().allMatch(LastBuild.Unsettled::holds);
        if (sameTimes && previous().allPresent(output)) return Optional.of(last.get().outcome());
        // The files as this build finds them, for the next build to compare with. Where only times changed,
        // the build is up to date all the same if every file still holds the bytes it was built from.
        Optional<KnownFiles.Recorded> known = KnownFiles.read(cache);
        found = KnownFiles.find(KnownFiles.settings(settings, folders), folders, known);
        if (!sameTimes && last.isPresent() && found.same() && known.get().inputs().equals(last.get().inputs())
                && previous().allPresent(output)) {
            remember(last.get().outcome(), false); // under the new times, so the next build reads no file again
            return Optional.of(last.get().outcome());
        }
        return Optional.empty();
    }

    /**
     * The files of {@code folders} saved in this build's tick, with the digest of their bytes now: such
     * a file may be saved again without its size or time changing, so it is checked by its bytes. A
     * fresh checkout has every file so; past {@value #UNSETTLED_LIMIT} of them, none is recorded (null).
     */
    private List<LastBuild.Unsettled> unsettled(List<LastBuild.Folder> folders) {
        List<LastBuild.Unsettled> found = new ArrayList<>();
        for (LastBuild.Folder folder : folders) {
            if (folder.stamps() == null) continue;
            for (Stamp stamp : folder.stamps()) {
                if (FileTimes.settled(stamp.modified(), start)) continue;
                if (found.size() == UNSETTLED_LIMIT) return null;
                Optional<LastBuild.Unsettled> file = LastBuild.Unsettled.of(folder.path().resolve(stamp.path()).toAbsolutePath().normalize());
                if (file.isEmpty()) return null;
                found.add(file.get());
            }
        }
        return found;
    }

    /** What the last build did, reported again when nothing changed. */
    public record UpToDate(List<Problem> problems, int pages, int pieces, int drafts) {
    }

    /**
     * Remembers this build's outcome for {@link #upToDate}, unless the next may differ with the same
     * inputs: time alone may make pieces held for the future due, and a file modified in this build's
     * tick may change again without its time changing.
     */
    public void remember(UpToDate outcome, boolean heldForTheFuture) {
        if (inputs == null) return;
        if (heldForTheFuture || unsettled == null) cache.delete(LastBuild.NAME);
        else LastBuild.write(cache, new LastBuild.State(inputs, outcome.problems(), outcome.pages(), outcome.pieces(),
                outcome.drafts(), unsettled));
        if (found != null) KnownFiles.write(cache, found, inputs, start, Instant.now());
    }

    public ArticleMemo articles(Path contentRoot) {
        return cache.isNone() ? ArticleMemo.NONE : new ValidatedArticles(cache, contentRoot, start);
    }

    public RelatedMemo related() {
        return cache.isNone() ? RelatedMemo.NONE : new KeptRelatedPieces(cache);
    }

    public BodyMemo bodies() {
        return cache.isNone() ? BodyMemo.NONE : new RenderedBodies(cache);
    }

    public ImageMemo images() {
        return cache.isNone() ? ImageMemo.NONE : new KeptDerivatives(cache);
    }

    public SearchMemo search() {
        return cache.isNone() ? SearchMemo.NONE : new KeptSearchIndex(cache);
    }

    /** Whether the output holds the last build's files, some of which may be kept. */
    public boolean holdsPrevious() throws IOException {
        return !previous().isEmpty();
    }

    /** The files the last build wrote, by site path. */
    public Set<String> previousFiles() throws IOException {
        return previous().sitePaths();
    }

    private PageIndex previous() throws IOException {
        return Background.await(previous, "read the page index");
    }

    /** Keeps files of the last build that were made from what this build would make them from. */
    public PageReuse pages(Keeper keeper, ThemeFiles templates) throws IOException {
        return new KeptPages(previous(), next, keeper::keep, templates, start);
    }

    /** Passes files on to {@code sink}, recording each for the next build's page index. */
    public PageSink recording(PageSink sink) {
        return new RecordingSink(sink, next);
    }

    /**
     * The output no longer holds what the last build's index says (someone changed it): nothing of
     * it is kept, and the next build does not trust the index.
     */
    public void forgetPrevious() {
        cache.delete(PageIndex.name(output));
        previous = Background.start("standfirst-page-index", PageIndex::empty);
        next = PageIndex.empty(); // what the render against it recorded is dropped with it
    }

    /**
     * Makes the build public through {@code commit}. The last build's index and record are forgotten
     * while the output changes, so an interrupted commit never leaves an index that vouches for files
     * the output does not hold; the new index is written on another thread meanwhile, and installed
     * once the output holds what it describes.
     */
    public void publish(Commit commit) throws IOException {
        cache.delete(PageIndex.name(output));
        cache.delete(LastBuild.NAME);
        if (besides != null) {
            Files.deleteIfExists(besides.resolve(PageIndex.name(output)));
            Files.deleteIfExists(besides.resolve(LastBuild.NAME));
        }
        PageIndex index = next;
        FutureTask<BuildCache.Staged> staged = Background.start("standfirst-index",
                () -> cache.stage(PageIndex.name(output), index::writeTo));
        try {
            commit.run();
        } catch (IOException | RuntimeException e) {
            discard(staged);
            throw e;
        }
        BuildCache.Staged written = Background.await(staged, "write the page index");
        if (written != null) written.install();
    }

    private static void discard(FutureTask<BuildCache.Staged> staged) {
        try {
            BuildCache.Staged written = Background.await(staged, "write the page index");
            if (written != null) written.discard();
        } catch (IOException | RuntimeException e) {
            // A stray temporary file: deleted when a later build opens the cache.
        }
    }
}
