package org.standfirst.serve;

import java.nio.file.Path;
import java.util.List;
import org.standfirst.Pipeline;
import org.standfirst.model.Problem;

/**
 * What one build of the preview did.
 *
 * @param ok the build succeeded and is now served
 * @param build the number of the build being served after this one (unchanged when it failed)
 * @param result the pipeline's result, or null when the build stopped with {@code internalError}
 * @param problems every problem found, errors and warnings, sorted
 * @param internalError a one-line message when the build stopped on an I/O or internal error, else null
 * @param changed the files whose change caused this build (empty for the first)
 */
public record BuildOutcome(boolean ok, int build, Pipeline.Result result, List<Problem> problems,
                           String internalError, long nanos, List<Path> changed) {
    public BuildOutcome {
        problems = List.copyOf(problems);
        changed = List.copyOf(changed);
    }

    /** The lines the overlay shows: exactly what the command line prints for the same problems. */
    public List<String> lines() {
        if (internalError != null) return List.of(internalError);
        return problems.stream().map(Problem::format).toList();
    }
}
