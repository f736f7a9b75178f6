package org.standfirst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.incremental.CodeFingerprint;
import org.standfirst.incremental.IncrementalBuild;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageSink;
import org.standfirst.render.SiteRenderer;
import org.standfirst.render.ThemeEngine;
import org.standfirst.search.IndexAhead;
import org.standfirst.search.SearchIndex;
import org.standfirst.validate.ContentValidator;
import org.standfirst.validate.ValidContent;
import org.standfirst.write.OutputLock;
import org.standfirst.write.OutputWriter;
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
     * @param cache the build cache folder (see {@link IncrementalBuild}), or null for none; a check
     *              reads it and leaves it as it is
     */
    public record Options(Path content, Path templates, String templatesLabel, Path output, String baseUrl,
                          SiteAssembler.Selection selection, boolean strict, Consumer<String> progress, Path cache) {
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
     * @param copied how many copied files differ from the last build's (see {@link OutputWriter#changedCopies()})
     */
    public record Snapshot(ValidContent content, Site site, ThemeEngine theme, int copied) {
    }

    /** From this many pieces on, a build says what it is doing before it renders. */
    public static final int LARGE_ARCHIVE = 1000;

    private Pipeline() {
    }

    /** Builds the site into {@code options.output()}. */
    public static Result build(Options options) throws UnsafeOutput, IOException {
        return locked(options, Mode.BUILD);
    }

    /**
     * Builds the site into an output folder only this process writes to: for the preview, which
     * rebuilds only when its watcher saw a change. It skips the check whether anything changed, and
     * trusts the output to hold what the last build wrote instead of walking it.
     */
    public static Result rebuild(Options options) throws UnsafeOutput, IOException {
        return locked(options, Mode.REBUILD);
    }

    /**
     * Runs every stage but writes nothing, for pre-commit hooks and CI: no output, no lock, and the
     * cache of the build into {@code options.output()} is reused (as a rebuild reuses it) but not changed.
     */
    public static Result check(Options options) throws UnsafeOutput, IOException {
        return run(options, Mode.CHECK);
    }

    /** What a run writes, and what it may assume. */
    private enum Mode {
        /** Writes the output, unless nothing changed since the last build. */
        BUILD,
        /** Writes an output only this process writes: no check for changes, no walk of the output. */
        REBUILD,
        /** Writes nothing, the cache included. */
        CHECK
    }

    /** One build at a time per output folder (see OutputLock), locked before anything looks at the output. */
    private static Result locked(Options options, Mode mode) throws UnsafeOutput, IOException {
        // The lock sits beside the real folder, where its staging and update folders go, so two names
        // for one folder share it; and only beside a folder safe to write.
        Path output = SiteWriter.checkSafe(options.output(), List.of(options.content(), options.templates()));
        try (OutputLock lock = OutputLock.take(IncrementalBuild.cacheFor(output), options.output())) {
            return run(options, mode);
        }
    }

    /** The stages, in order: up to date? → load → validate → assemble → render → publish. */
    private static Result run(Options options, Mode mode) throws UnsafeOutput, IOException {
        Stages stages = new Stages();
        Problems problems = new Problems();
        IncrementalBuild incremental = IncrementalBuild.open(options.cache(), options.output(), CodeFingerprint.value(),
                mode == Mode.CHECK, options.progress());
        ContentLoader loader = new ContentLoader(options.content(), problems);
        ContentLoader.Listing listing = loader.list(); // the one walk of the content: checked, then read
        if (mode == Mode.BUILD) {
            Optional<IncrementalBuild.UpToDate> last = incremental.upToDate(settings(options), options.content(),
                    stamps(listing), options.templates());
            stages.end("check", last.isPresent() ? "nothing changed" : "changes found");
            if (last.isPresent()) return upToDate(last.get(), problems);
        }
        ThemeEngine theme = startEarly(options);

        LoadedContent loaded = loader.load(listing);
        stages.end("load", String.format(Locale.ROOT, "%,d files", loaded.files().size()));
        ContentValidator validator = new ContentValidator(problems, incremental.articles(options.content()));
        ValidContent content = validator.validate(loaded, options.baseUrl());
        stages.end("validate", String.format(Locale.ROOT, "%,d of %,d articles read, the rest unchanged",
                content.articles().size() - validator.reusedArticles(), content.articles().size()));
        // The files as listed and read are done with. This frame lives until the site is published, and a
        // frame run once is interpreted, whose locals stay reachable to their end (tens of MB at 100,000 pieces).
        listing = null;
        loaded = null;
        Site site = new SiteAssembler(problems, options.selection(), incremental.related()).assemble(content);
        stages.end("assemble", String.format(Locale.ROOT, "%,d pieces", site.pieces().size()));
        if (site.pieces().size() >= LARGE_ARCHIVE) {
            options.progress().accept(String.format(Locale.ROOT, "Read %,d pieces in %.1f s; rendering…",
                    site.pieces().size(), stages.seconds()));
        }
        Made made = new Made(content, site, theme);
        if (!new SiteRenderer(theme, options.templatesLabel(), problems).checkTheme()) {
            return new Result(problems, 0, site.pieces().size(), site.heldBack(), false, stages);
        }
        if (mode == Mode.CHECK) return check(options, made, incremental, problems, stages);
        return publish(new Publication(options, mode, made, incremental, problems, stages));
    }

    /**
     * The libraries and the theme, made ready on other threads while the content is read: a rebuild's
     * one edited file would otherwise wait for YAML, Markdown and the templates, cold, on the way to its page.
     */
    private static ThemeEngine startEarly(Options options) {
        Background.run("standfirst-warm-up", () -> {
            ContentValidator.warmUp();
            MarkdownRenderer.warmUp();
        });
        ThemeEngine theme = new ThemeEngine(options.templates());
        Background.run("standfirst-templates", () -> theme.compileQuietly(ThemeEngine.REQUIRED));
        return theme;
    }

    /** What the stages made, for the render and publish steps and for the preview's quick look. */
    private record Made(ValidContent content, Site site, ThemeEngine theme) {
    }

    /** Renders as a rebuild would, into nowhere: pages the last build vouches for are not rendered again. */
    private static Result check(Options options, Made made, IncrementalBuild incremental, Problems problems, Stages stages)
            throws IOException {
        SiteRenderer renderer = renderer(options, made, incremental, problems, (path, size) -> { });
        SiteRenderer.Outcome outcome = renderer.render(made.site(), incremental.recording(PageSink.DISCARD), null);
        stages.end("render", rendered(outcome, renderer));
        return new Result(problems, outcome.pages(), made.site().pieces().size(), made.site().heldBack(), false, false,
                outcome.rendered(), stages.list(), null);
    }

    private static SiteRenderer renderer(Options options, Made made, IncrementalBuild incremental, Problems problems,
                                         IncrementalBuild.Keeper keeper) throws IOException {
        return new SiteRenderer(made.theme(), options.templatesLabel(), problems, incremental.bodies(),
                incremental.pages(keeper, made.theme().files()), incremental.images());
    }

    /** Everything publishing a build needs. */
    private record Publication(Options options, Mode mode, Made made, IncrementalBuild incremental, Problems problems,
                               Stages stages) {
    }

    /**
     * Renders into a writer and, when the build found nothing wrong, makes it public. When the output
     * already holds a site, only the files whose bytes changed are written (in place, from a journal,
     * once all is rendered), with or without the last build's record: a build with {@code --no-cache},
     * or after the cache was discarded, leaves unchanged files as they were too, so a sync to the host
     * sends only what changed. Into an empty or new output, the whole site goes into a staging folder
     * that replaces it.
     */
    private static Result publish(Publication build) throws UnsafeOutput, IOException {
        Options options = build.options();
        List<Path> sources = List.of(options.content(), options.templates());
        if (!build.incremental().holdsPrevious() && (build.mode() != Mode.BUILD || isEmpty(options.output()))) {
            try (SiteWriter writer = SiteWriter.open(options.output(), sources)) {
                return publish(build, writer);
            }
        }
        // The preview owns its output, so the last build's index says what it holds (no walk needed).
        try (SiteUpdater updater = build.mode() == Mode.BUILD ? SiteUpdater.open(options.output(), sources)
                : SiteUpdater.open(options.output(), sources, build.incremental().previousFiles())) {
            return publish(build, updater);
        } catch (SiteUpdater.KeptFilesMissing e) {
            // Someone deleted or changed files in the output since the last build; it is as it was.
            // Rendering everything afresh repairs it.
            options.progress().accept(options.output() + " was changed since the last build; building every page again");
            build.incremental().forgetPrevious();
            try (SiteWriter writer = SiteWriter.open(options.output(), sources)) {
                return publish(build, writer);
            }
        }
    }

    /** Whether {@code folder} is missing or holds nothing (a folder that is not readable counts as holding something). */
    private static boolean isEmpty(Path folder) {
        if (!Files.isDirectory(folder)) return true;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // the writer reports what is wrong with it
        }
    }

    private static Result publish(Publication build, OutputWriter writer) throws IOException {
        Options options = build.options();
        Site site = build.made().site();
        IncrementalBuild incremental = build.incremental();
        SiteRenderer renderer = renderer(options, build.made(), incremental, build.problems(), writer::keep);
        SearchIndex search = site.config().search() ? new SearchIndex(site, incremental.search(), build.problems()) : null;
        SiteRenderer.Outcome outcome;
        // The search index is begun beside render, which leaves a core idle near its end.
        try (IndexAhead ahead = search == null ? null
                : search.ahead(incremental.recording(writer), writer.scratch(), renderer.reuse())) {
            outcome = renderer.render(site, incremental.recording(writer), writer.scratch());
            build.stages().end("render", rendered(outcome, renderer));
            if (search != null && !build.problems().hasErrors()) {
                SearchIndex.Outcome index = search.write(ahead);
                build.stages().end("search", String.format(Locale.ROOT, "%,d index parts, %,d of them made; %s", index.parts(),
                        index.made(), index.changed() < 0 ? "every piece read" : String.format(Locale.ROOT,
                                "patched where %,d pieces changed", index.changed())));
            }
        }
        Problems problems = build.problems();
        boolean ok = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
        if (ok) {
            incremental.publish(writer::commit);
            build.stages().end("write", outcome.rendered() == outcome.pages() ? "whole site written" : "changed files written");
            incremental.remember(new IncrementalBuild.UpToDate(problems.sorted(), outcome.pages(), site.pieces().size(),
                    site.heldBack().drafts()), site.heldBack().future() > 0);
            build.stages().end("record", "");
        }
        Snapshot snapshot = ok ? new Snapshot(build.made().content(), site, build.made().theme(), writer.changedCopies()) : null;
        return new Result(problems, outcome.pages(), site.pieces().size(), site.heldBack(), ok, false, outcome.rendered(),
                build.stages().list(), snapshot);
    }

    private static String rendered(SiteRenderer.Outcome outcome, SiteRenderer renderer) {
        return String.format(Locale.ROOT, "%,d of %,d pages rendered, the rest unchanged; %,d image derivatives encoded",
                outcome.rendered(), outcome.pages(), renderer.encodedImages());
    }

    /** The last build's result, reported again: nothing it read has changed, and its output is as it left it. */
    private static Result upToDate(IncrementalBuild.UpToDate last, Problems problems) {
        last.problems().forEach(problems::add);
        return new Result(problems, last.pages(), last.pieces(), new Site.HeldBack(last.drafts(), 0), true, true, 0,
                List.of(), null);
    }

    /** The content folder's files as listed, or null when it is missing. */
    private static List<IncrementalBuild.Stamp> stamps(ContentLoader.Listing listing) {
        return listing.exists() ? listing.files().stream()
                .map(file -> new IncrementalBuild.Stamp(file.path(), file.size(), file.modified())).toList() : null;
    }

    /** Everything besides the files that shapes the output or the report. */
    private static String settings(Options options) {
        return String.join("\n", "base " + options.baseUrl(),
                "drafts " + options.selection().drafts(), "future " + options.selection().future(),
                "strict " + options.strict(), "theme " + options.templatesLabel(),
                "output " + options.output().toAbsolutePath().normalize());
    }

    /** Options for the usual case: publish what is due now. */
    public static SiteAssembler.Selection selection(boolean drafts, boolean future) {
        return new SiteAssembler.Selection(drafts, future, Instant.now());
    }
}
