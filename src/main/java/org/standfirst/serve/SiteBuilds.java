package org.standfirst.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.standfirst.Pipeline;
import org.standfirst.write.UnsafeOutput;
import org.standfirst.write.SiteWriter;

/**
 * Builds the archive with the ordinary pipeline, each build into a new numbered folder under a
 * private work folder, and serves the newest one that succeeded. Switching folders is one volatile
 * write, so a request never sees half a site, and a failed build leaves the last good one served.
 * The folder before the current one is kept, for requests still reading it; older ones are deleted.
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
        Path output = work.resolve("build-" + attempt);
        Pipeline.Options these = new Pipeline.Options(options.content(), options.templates(), options.templatesLabel(),
                output, options.baseUrl(),
                // "now" moves on between rebuilds: a piece scheduled for today appears when its time comes.
                Pipeline.selection(options.selection().drafts(), options.selection().future()),
                options.strict(), options.progress(), options.cache());
        Pipeline.Result result;
        try {
            result = Pipeline.build(these);
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
        Path previous = current;
        current = output;
        served = attempt;
        deleteOlderThan(previous);
        return new BuildOutcome(true, attempt, result, result.problems().sorted(), null, System.nanoTime() - start, changed);
    }

    private void deleteOlderThan(Path keep) {
        try (var builds = Files.list(work)) {
            for (Path build : builds.toList()) {
                if (!build.equals(keep) && !build.equals(current)) SiteWriter.deleteTree(build);
            }
        } catch (IOException e) {
            // Leftovers only cost disk space in a temporary folder; the next build tries again.
        }
    }
}
