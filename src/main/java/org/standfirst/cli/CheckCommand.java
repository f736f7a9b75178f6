package org.standfirst.cli;

import java.util.concurrent.Callable;
import org.standfirst.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the archive and theme as a build would, without writing anything (for pre-commit hooks and CI).")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Pipeline.Result result = Pipeline.check(site.pipeline(null, spec.commandLine().getErr()::println));
        Report.problems(result.problems(), spec.commandLine().getErr());
        if (site.verbose) result.stages().forEach(stage -> spec.commandLine().getErr().println("  " + stage));
        if (result.failed(site.strict)) return ExitCodes.PROBLEMS;
        spec.commandLine().getOut().println("Checked " + Report.count(result.pieces(), "piece")
                + Report.heldBack(result.heldBack()) + " and " + Report.count(result.pages(), "page")
                + " in " + Report.seconds(start) + ": no errors.");
        return ExitCodes.OK;
    }
}
