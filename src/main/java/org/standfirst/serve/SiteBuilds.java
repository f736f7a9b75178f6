package org.standfirst.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standfirst.Pipeline;
import org.standfirst.write.UnsafeOutput;

/**
 * Builds the archive with the ordinary pipeline into one folder under a private work folder, and
 * serves it. Rebuilds are incremental, as {@code build}'s are: only the pages an edit affects are
 * rendered, and they replace the old files in place, one file at a time, once the whole build has
 * succeeded; a failed build leaves the last good site served as it was.
 *
 * <p>Before a rebuild, an edit to articles alone gets a {@link QuickLook}: the edited pages are
 * served from memory, over the last good build, until the rebuild ends either way.
 */
final class SiteBuilds {
    /**
     * What is served, changed in one step so that a request never sees half of a change.
     *
     * @param root the folder of the last good build, null before the first
     * @param build the number of what is served: a build's, or a quick look's over it
     * @param assets the number of the last build that copied a file (a stylesheet, an image): a page
     *               loaded before it may look different even when its HTML has not changed
     * @param quick the quick look's files by their path in the output folder, served instead of the build's
     */
    record Served(Path root, int build, int assets, Map<String, byte[]> quick) {
        Served {
            quick = Map.copyOf(quick);
        }
    }

    private final Pipeline.Options options;
    private final Path work;
    private int attempts;
    private int good;
    private Pipeline.Snapshot last;
    private volatile Served served = new Served(null, 0, 0, Map.of());

    /** Builds {@code options} (whose output is ignored) into numbered folders under {@code work}. */
    SiteBuilds(Pipeline.Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    /** What is served now. */
    Served served() {
        return served;
    }

    /** The folder being served, empty until a build has succeeded. */
    Optional<Path> current() {
        return Optional.ofNullable(served.root());
    }

    /**
     * Serves the edited pages at once when the change is to articles alone and the last build
     * succeeded (see {@link QuickLook}); returns whether it did. Called, like {@link #rebuild}, from one
     * thread at a time, and always followed by a rebuild.
     */
    synchronized boolean quickLook(List<Path> changed) {
        if (last == null || served.root() == null) return false;
        Optional<Map<String, byte[]>> pages;
        try {
            pages = QuickLook.pages(last, options, changed);
        } catch (RuntimeException | StackOverflowError e) {
            return false; // the rebuild will meet the same trouble, and report it
        }
        if (pages.isEmpty()) return false;
        served = new Served(served.root(), ++attempts, served.assets(), pages.get());
        return true;
    }

    /** Runs one full build. Called from one thread at a time (the watcher's, or at start-up). */
    synchronized BuildOutcome rebuild(List<Path> changed) {
        long start = System.nanoTime();
        int attempt = ++attempts;
        Path output = work.resolve("site");
        Pipeline.Options these = new Pipeline.Options(options.content(), options.templates(), options.templatesLabel(),
                output, options.baseUrl(),
                // "now" moves on between rebuilds: a piece scheduled for today appears when its time comes.
                Pipeline.selection(options.selection().drafts(), options.selection().future()),
                options.strict(), options.progress(), options.cache());
        Pipeline.Result result;
        try {
            result = Pipeline.rebuild(these);
        } catch (IOException | UnsafeOutput | RuntimeException | StackOverflowError e) {
            // Not the editor's mistake but it must not stop the preview: shown like a problem, served site kept.
            failed();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new BuildOutcome(false, good, null, List.of(),
                    "standfirst: the build stopped: " + message + " — check the files named, or run `standfirst build --verbose`",
                    System.nanoTime() - start, changed);
        }
        if (!result.written()) {
            failed();
            return new BuildOutcome(false, good, result, result.problems().sorted(), null, System.nanoTime() - start, changed);
        }
        last = result.snapshot();
        good = attempt;
        boolean copied = last == null || last.copied() > 0;
        served = new Served(output, attempt, copied ? attempt : served.assets(), Map.of());
        return new BuildOutcome(true, attempt, result, result.problems().sorted(), null, System.nanoTime() - start, changed);
    }

    /** The last good build is served again, without a quick look over it; the next edit waits for a rebuild. */
    private void failed() {
        last = null;
        served = new Served(served.root(), good, served.assets(), Map.of());
    }
}
