package org.standfirst;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageIndex;
import org.standfirst.render.PageSink;
import org.standfirst.render.SiteRenderer;
import org.standfirst.render.ThemeEngine;
import org.standfirst.validate.ContentValidator;
import org.standfirst.validate.ValidContent;
import org.standfirst.write.BuildRecord;
import org.standfirst.write.OutputLock;
import org.standfirst.write.SiteUpdater;
import org.standfirst.write.SiteWriter;
import org.standfirst.write.UnsafeOutput;

/**
 * The front door: load → validate → assemble → render → write. Every stage adds what it finds wrong
 * to one {@link Problems} list; the output is replaced only when the whole run found no error.
 */
public final class Pipeline {
    /**
     * What to build.
     *
     * @param templatesLabel how messages name the templates folder (as the user wrote it)
     * @param baseUrl overrides site.yml's {@code base_url} when not null
     * @param selection which pieces to publish (drafts, future pieces) and what "now" is
     * @param strict warnings fail the build too
     * @param progress told what is happening when the archive is large enough for a user to wait
     * @param cache the build cache (validated articles, related pieces, rendered bodies, the page
     *              index), or null for none; a check reads it and leaves it as it is
     */
    public record Options(Path content, Path templates, String templatesLabel, Path output, String baseUrl,
                          SiteAssembler.Selection selection, boolean strict, Consumer<String> progress, Path cache) {
    }

    /** The body cache of an output folder: {@code .standfirst-cache} beside it. */
    public static Path cacheFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.getParent() == null ? null : absolute.resolveSibling(".standfirst-cache");
    }

    /**
     * What a run did: its problems, how many pages and pieces it rendered, and what it held back.
     *
     * @param upToDate nothing had changed since the last build, whose output was left as it was
     * @param rendered how many of the pages were rendered; the rest were kept from the last build
     * @param stages how long each stage took
     * @param snapshot what a written build was made from (the preview keeps it), else null
     */
    public record Result(Problems problems, int pages, int pieces, Site.HeldBack heldBack, boolean written,
                         boolean upToDate, int rendered, List<Stages.Stage> stages, Snapshot snapshot) {
        Result(Problems problems, int pages, int pieces, Site.HeldBack heldBack, boolean written, Stages stages) {
            this(problems, pages, pieces, heldBack, written, false, pages, stages.list(), null);
        }

        public boolean failed(boolean strict) {
            return problems.hasErrors() || (strict && problems.warningCount() > 0);
        }
    }

    /**
     * What a preview build was made from, kept by the preview between builds: with it, the page of an
     * edited piece can be rendered alone, at once, while the rest of the site is rebuilt.
     *
     * @param content the archive as validated
     * @param site the site as assembled
     * @param theme the compiled templates
     * @param copied how many files the build copied rather than kept (see {@link SiteRenderer.Outcome#copied()})
     */
    public record Snapshot(ValidContent content, Site site, ThemeEngine theme, int copied) {
    }

    /** From this many pieces on, a build says what it is doing before it renders. */
    public static final int LARGE_ARCHIVE = 1000;

    private Pipeline() {
    }

    /** Builds the site into {@code options.output()}. */
    public static Result build(Options options) throws UnsafeOutput, IOException {
        return run(options, true, true);
    }

    /**
     * Builds the site into an output folder only this process writes to: for the preview, which
     * rebuilds only when its watcher saw a change. It skips the check whether anything changed, and
     * trusts the output to hold what the last build wrote instead of walking it.
     */
    public static Result rebuild(Options options) throws UnsafeOutput, IOException {
        return run(options, true, false);
    }

    /**
     * Runs every stage but writes nothing, for pre-commit hooks and CI: no output, no lock, and the
     * cache of the build into {@code options.output()} is reused (as a rebuild reuses it) but not changed.
     */
    public static Result check(Options options) throws UnsafeOutput, IOException {
        return run(options, false, false);
    }

    private static Result run(Options options, boolean write, boolean checkUpToDate) throws UnsafeOutput, IOException {
        if (!write) return runStages(options, false, false);
        // One build at a time per output folder (see OutputLock), locked before anything looks at the
        // output or its leftovers. The lock sits beside the real folder, where its staging and update
        // folders go, so two names for one folder share it; and only beside a folder safe to write.
        Path output = SiteWriter.checkSafe(options.output(), List.of(options.content(), options.templates()));
        OutputLock lock = OutputLock.take(cacheFor(output), options.output());
        try (lock) {
            return runStages(options, true, checkUpToDate);
        }
    }

    private static Result runStages(Options options, boolean write, boolean checkUpToDate) throws UnsafeOutput, IOException {
        long start = System.nanoTime();
        Stages stages = new Stages();
        Problems problems = new Problems();
        String inputs = null;
        ContentLoader loader = new ContentLoader(options.content(), problems);
        ContentLoader.Listing listing = loader.list(); // the one walk of the content: checked, then read
        if (write && checkUpToDate && options.cache() != null) {
            inputs = inputs(options, listing);
            Optional<Result> upToDate = upToDate(options, inputs, problems);
            stages.end("check", upToDate.isPresent() ? "nothing changed" : "changes found");
            if (upToDate.isPresent()) return upToDate.get();
        }
        // The YAML and Markdown libraries load on the second core while the first reads the content: a
        // rebuild's one edited file would otherwise wait for both, cold, on the way to its page.
        start(() -> {
            ContentValidator.warmUp();
            MarkdownRenderer.warmUp();
        }, "standfirst-warm-up");
        // While the content is read, a second thread reads the last build's page index and compiles the
        // templates: on two cores that hides most of both in a rebuild.
        ThemeEngine theme = new ThemeEngine(options.templates());
        FutureTask<PageIndex> ahead = new FutureTask<>(() -> {
            theme.compileQuietly(ThemeEngine.REQUIRED);
            return PageIndex.read(options.cache(), options.output(), CodeFingerprint.value());
        });
        start(ahead, "standfirst-ahead");
        LoadedContent loaded = loader.load(listing);
        stages.end("load", String.format(Locale.ROOT, "%,d files", loaded.files().size()));
        // A check reuses the build's cache as a rebuild does, but leaves it exactly as it found it.
        boolean readOnly = !write;
        ContentValidator validator = new ContentValidator(problems, options.cache(), CodeFingerprint.value(), readOnly);
        ValidContent content = validator.validate(loaded, options.baseUrl());
        stages.end("validate", String.format(Locale.ROOT, "%,d of %,d articles read, the rest unchanged",
                content.articles().size() - validator.reusedArticles(), content.articles().size()));
        Site site = new SiteAssembler(problems, options.selection(), options.cache(), readOnly).assemble(content);
        stages.end("assemble", String.format(Locale.ROOT, "%,d pieces", site.pieces().size()));
        if (site.pieces().size() >= LARGE_ARCHIVE) {
            options.progress().accept(String.format(Locale.ROOT, "Read %,d pieces in %.1f s; rendering…",
                    site.pieces().size(), (System.nanoTime() - start) / 1e9));
        }
        PageIndex previous = finished(ahead);
        SiteRenderer renderer = new SiteRenderer(theme, options.templatesLabel(), problems,
                options.cache(), CodeFingerprint.value(), readOnly);
        if (!renderer.checkTheme()) return new Result(problems, 0, site.pieces().size(), site.heldBack(), false, stages);
        if (!write) {
            // Pages the last build's index vouches for are not rendered; their body links are resolved
            // again for their warnings, so a check reports what a clean one would.
            SiteRenderer.Outcome outcome = renderer.render(site, PageSink.DISCARD, previous, PageIndex.empty());
            stages.end("render", String.format(Locale.ROOT, "%,d of %,d pages rendered, the rest unchanged",
                    outcome.rendered(), outcome.pages()));
            return new Result(problems, outcome.pages(), site.pieces().size(), site.heldBack(), false, false,
                    outcome.rendered(), stages.list(), null);
        }
        List<Path> sources = List.of(options.content(), options.templates());
        Snapshot snapshot = new Snapshot(content, site, theme, 0);
        if (previous.isEmpty()) {
            // Nothing to keep: the whole site goes into a staging folder that replaces the output.
            try (SiteWriter writer = SiteWriter.open(options.output(), sources)) {
                return publish(options, inputs, problems, snapshot, renderer, writer, previous, writer::commit, stages);
            }
        }
        // Only what changed is written, into the output in place, from a journal once all is rendered.
        // The preview owns its output, so the last build's index says what it holds (no walk needed).
        try (SiteUpdater updater = checkUpToDate ? SiteUpdater.open(options.output(), sources)
                : SiteUpdater.open(options.output(), sources, previous.sitePaths())) {
            return publish(options, inputs, problems, snapshot, renderer, updater, previous, updater::commit, stages);
        } catch (SiteUpdater.KeptFilesMissing e) {
            // Someone deleted or changed files in the output since the last build; it is as it was.
            // Rendering everything afresh repairs it.
            options.progress().accept(options.output() + " was changed since the last build; building every page again");
            PageIndex.forget(options.cache(), options.output());
            try (SiteWriter writer = SiteWriter.open(options.output(), sources)) {
                return publish(options, inputs, problems, snapshot, renderer, writer, PageIndex.empty(), writer::commit, stages);
            }
        }
    }

    /** Runs {@code task} on a thread of its own, which does not keep the JVM alive. */
    private static void start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The index written aside, once it is; null when there was nothing to write. */
    private static PageIndex.Written written(FutureTask<PageIndex.Written> index) throws IOException {
        try {
            return index.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("cannot write the page index: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the page index");
        }
    }

    /** Waits for the index written aside and removes it: the output it describes was not made. */
    private static void discard(FutureTask<PageIndex.Written> index) {
        try {
            PageIndex.Written written = written(index);
            if (written != null) written.discard();
        } catch (IOException e) {
            // A stray temporary file is replaced by the next build's.
        }
    }

    /** The page index read ahead; an index that could not be read is an empty one (everything is rendered). */
    private static PageIndex finished(FutureTask<PageIndex> ahead) {
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            return PageIndex.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PageIndex.empty();
        }
    }

    /** What makes a build's output public; nothing reaches the output before it is called. */
    private interface Commit {
        void run() throws IOException;
    }

    private static Result publish(Options options, String inputs, Problems problems, Snapshot made, SiteRenderer renderer,
                                  PageSink sink, PageIndex previous, Commit commit, Stages stages) throws IOException {
        String code = CodeFingerprint.value();
        Site site = made.site();
        SiteRenderer.Outcome outcome = renderer.render(site, sink, previous, PageIndex.forOutput(options.output()));
        stages.end("render", String.format(Locale.ROOT, "%,d of %,d pages rendered, the rest unchanged",
                outcome.rendered(), outcome.pages()));
        boolean ok = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
        if (ok) {
            // Forgotten while the output changes: an interrupted commit must not leave an index
            // that vouches for files the output does not hold. A build without the cache (--no-cache)
            // forgets the one beside the output too, since the output no longer matches it.
            Path cache = options.cache() != null ? options.cache() : cacheFor(options.output());
            if (cache != null) {
                PageIndex.forget(cache, options.output());
                BuildRecord.forget(cache);
            }
            // The next build's index is written on another thread while the output is updated, and
            // put in place only once the output holds what it describes.
            FutureTask<PageIndex.Written> index = new FutureTask<>(() -> outcome.index().writeAside(options.cache(), code));
            start(index, "standfirst-index");
            try {
                commit.run();
            } catch (IOException | RuntimeException e) {
                discard(index);
                throw e;
            }
            stages.end("write", previous.isEmpty() ? "whole site replaced" : "changed files replaced in place");
            PageIndex.Written written = written(index);
            if (written != null) written.install(); // none without a cache
        }
        if (ok && inputs != null) remember(options, inputs, problems, outcome.pages(), site);
        stages.end("record", "");
        Snapshot snapshot = ok ? new Snapshot(made.content(), site, made.theme(), outcome.copied()) : null;
        return new Result(problems, outcome.pages(), site.pieces().size(), site.heldBack(), ok, false, outcome.rendered(),
                stages.list(), snapshot);
    }

    /** The last build's result, when nothing it read has changed and its output is as it left it. */
    private static Optional<Result> upToDate(Options options, String inputs, Problems problems) throws UnsafeOutput, IOException {
        Optional<BuildRecord.State> last = BuildRecord.read(options.cache());
        if (last.isEmpty() || !last.get().inputs().equals(inputs)) return Optional.empty();
        if (!PageIndex.read(options.cache(), options.output(), CodeFingerprint.value()).allPresent()) return Optional.empty();
        last.get().problems().forEach(problems::add);
        BuildRecord.State state = last.get();
        return Optional.of(new Result(problems, state.pages(), state.pieces(), new Site.HeldBack(state.drafts(), 0), true, true, 0,
                List.of(), null));
    }

    private static void remember(Options options, String inputs, Problems problems, int pages, Site site) throws IOException {
        if (site.heldBack().future() > 0) {
            BuildRecord.forget(options.cache()); // time alone may make those pieces due
            return;
        }
        BuildRecord.write(options.cache(), new BuildRecord.State(inputs,
                problems.sorted(), pages, site.pieces().size(), site.heldBack().drafts()));
    }

    /** The fingerprint of what a build reads: the content as listed, the theme's files and the options. */
    private static String inputs(Options options, ContentLoader.Listing listing) throws IOException {
        Map<Path, List<BuildRecord.Stamp>> folders = new LinkedHashMap<>();
        folders.put(options.content(), listing.exists() ? listing.files().stream()
                .map(file -> new BuildRecord.Stamp(file.path(), file.size(), file.modified())).toList() : null);
        folders.put(options.templates(), BuildRecord.stamps(options.templates()));
        return BuildRecord.inputs(describe(options), folders);
    }

    /** Everything besides the files that shapes the output or the report. */
    private static String describe(Options options) {
        return String.join("\n", CodeFingerprint.value(), "base " + options.baseUrl(),
                "drafts " + options.selection().drafts(), "future " + options.selection().future(),
                "strict " + options.strict(), "theme " + options.templatesLabel(),
                "output " + options.output().toAbsolutePath().normalize());
    }

    /** Options for the usual case: publish what is due now. */
    public static SiteAssembler.Selection selection(boolean drafts, boolean future) {
        return new SiteAssembler.Selection(drafts, future, Instant.now());
    }
}
