package org.standfirst.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.standfirst.Pipeline;
import org.standfirst.write.UnsafeOutput;

/**
 * Builds the archive with the ordinary pipeline into one folder under a private work folder, and
 * serves it. Rebuilds are incremental, as {@code build}'s are: only the pages an edit affects are
 * rendered, and they replace the old files in place, one file at a time, once the whole build has
 * succeeded; a failed build leaves the last good site served as it was.
 */
final class SiteBuilds {
    private final Pipeline.Options options;
    private final Path work;
    private int attempts;
    private volatile int served;
    private volatile Path current;

    /** Builds {@code options} (whose output is ignored) into numbered folders under {@code work}. */
    SiteBuilds(Pipeline.Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    /** The folder being served, empty until a build has succeeded. */
    Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    /** The number of the build being served, 0 before the first success. */
    int served() {
        return served;
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
        } catch (IOException | UnsafeOutput | RuntimeException e) {
            // Not the editor's mistake but it must not stop the preview: shown like a problem, served site kept.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new BuildOutcome(false, served, null, List.of(),
                    "standfirst: the build stopped: " + message + " — check the files named, or run `standfirst build --verbose`",
                    System.nanoTime() - start, changed);
        }
        if (!result.written()) {
            return new BuildOutcome(false, served, result, result.problems().sorted(), null, System.nanoTime() - start, changed);
        }
        current = output;
        served = attempt;
        return new BuildOutcome(true, attempt, result, result.problems().sorted(), null, System.nanoTime() - start, changed);
    }
}
