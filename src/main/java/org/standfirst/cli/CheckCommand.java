package org.standfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.standfirst.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the archive and theme as a build would, without writing anything (for pre-commit hooks and CI).")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output",
            description = "The build whose cache (.standfirst-cache/ beside it) the check reuses; nothing is written "
                    + "(default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (options.site.missingTemplates() != null) {
            spec.commandLine().getErr().println(options.site.missingTemplates());
            return ExitCodes.USAGE;
        }
        Pipeline.Result result = Pipeline.check(options.pipeline(output, spec.commandLine().getErr()::println));
        Report.problems(result.problems(), spec.commandLine().getErr());
        if (options.site.verbose) result.stages().forEach(stage -> spec.commandLine().getErr().println("  " + stage));
        if (result.failed(options.site.strict)) return ExitCodes.PROBLEMS;
        spec.commandLine().getOut().println("Checked " + Report.count(result.pieces(), "piece")
                + Report.heldBack(result.heldBack()) + " and " + Report.count(result.pages(), "page")
                + " in " + Report.seconds(start) + ": no errors.");
        return ExitCodes.OK;
    }
}
