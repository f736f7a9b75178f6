package org.standfirst;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.PageSink;
import org.standfirst.render.SiteRenderer;
import org.standfirst.render.ThemeEngine;
import org.standfirst.validate.ContentValidator;
import org.standfirst.validate.ValidContent;
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
     * @param cache where rendered bodies are kept between builds, or null for none
     */
    public record Options(Path content, Path templates, String templatesLabel, Path output, String baseUrl,
                          SiteAssembler.Selection selection, boolean strict, Consumer<String> progress, Path cache) {
    }

    /** The body cache of an output folder: {@code .standfirst-cache} beside it. */
    public static Path cacheFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.getParent() == null ? null : absolute.resolveSibling(".standfirst-cache");
    }

    /** What a run did: its problems, how many pages and pieces it rendered, and what it held back. */
    public record Result(Problems problems, int pages, int pieces, Site.HeldBack heldBack, boolean written) {
        public boolean failed(boolean strict) {
            return problems.hasErrors() || (strict && problems.warningCount() > 0);
        }
    }

    /** From this many pieces on, a build says what it is doing before it renders. */
    public static final int LARGE_ARCHIVE = 1000;

    private Pipeline() {
    }

    /** Builds the site into {@code options.output()}. */
    public static Result build(Options options) throws UnsafeOutput, IOException {
        return run(options, true);
    }

    /** Runs every stage but writes nothing: for pre-commit hooks and CI. */
    public static Result check(Options options) throws UnsafeOutput, IOException {
        return run(options, false);
    }

    private static Result run(Options options, boolean write) throws UnsafeOutput, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        LoadedContent loaded = new ContentLoader(options.content(), problems).load();
        ValidContent content = new ContentValidator(problems).validate(loaded, options.baseUrl());
        Site site = new SiteAssembler(problems, options.selection()).assemble(content);
        if (site.pieces().size() >= LARGE_ARCHIVE) {
            options.progress().accept(String.format(Locale.ROOT, "Read %,d pieces in %.1f s; rendering…",
                    site.pieces().size(), (System.nanoTime() - start) / 1e9));
        }
        SiteRenderer renderer = new SiteRenderer(new ThemeEngine(options.templates()), options.templatesLabel(), problems,
                write ? options.cache() : null);
        if (!renderer.checkTheme()) return new Result(problems, 0, site.pieces().size(), site.heldBack(), false);
        if (!write) {
            int pages = renderer.render(site, PageSink.DISCARD);
            return new Result(problems, pages, site.pieces().size(), site.heldBack(), false);
        }
        try (SiteWriter writer = SiteWriter.open(options.output(), List.of(options.content(), options.templates()))) {
            int pages = renderer.render(site, writer);
            boolean ok = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            if (ok) writer.commit();
            return new Result(problems, pages, site.pieces().size(), site.heldBack(), ok);
        }
    }

    /** Options for the usual case: publish what is due now. */
    public static SiteAssembler.Selection selection(boolean drafts, boolean future) {
        return new SiteAssembler.Selection(drafts, future, Instant.now());
    }
}
