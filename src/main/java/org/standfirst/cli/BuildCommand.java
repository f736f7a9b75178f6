package org.standfirst.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.standfirst.Pipeline;
import org.standfirst.write.OutputLock;
import org.standfirst.write.UnsafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the archive into a static site. The previous output is replaced only when the build succeeds.",
        footer = {"", "Exit status: 0 success, 1 content or template problems, 2 usage error, 3 internal error, "
                + "4 another build is writing the same output."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output",
            description = "Where the site goes (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (options.site.missingTemplates() != null) {
            err.println(options.site.missingTemplates());
            return ExitCodes.USAGE;
        }
        Pipeline.Result result;
        try {
            result = Pipeline.build(options.pipeline(output, err::println));
        } catch (UnsafeOutput e) {
            err.println(output + ": refusing to build here: " + e.getMessage() + " — choose another folder with --output DIR");
            return ExitCodes.PROBLEMS;
        } catch (OutputLock.Busy e) {
            err.println("standfirst: " + e.getMessage() + " — wait for it to finish (or stop it), then build again");
            return ExitCodes.OUTPUT_BUSY;
        }
        Report.problems(result.problems(), err);
        if (options.site.verbose) result.stages().forEach(stage -> err.println("  " + stage));
        if (!result.written()) {
            err.println("Build failed: nothing was written; " + output + " is unchanged.");
            return ExitCodes.PROBLEMS;
        }
        String held = Report.heldBack(result.heldBack());
        if (result.upToDate()) {
            out.println(output + " is up to date: nothing has changed since the last build (" + Report.count(result.pages(), "page")
                    + " from " + Report.count(result.pieces(), "piece") + held + "), checked in " + Report.seconds(start) + ".");
            return ExitCodes.OK;
        }
        String kept = result.rendered() < result.pages()
                ? String.format(Locale.ROOT, " (%,d rendered, %,d unchanged)", result.rendered(),
                        result.pages() - result.rendered()) : "";
        out.println("Built " + Report.count(result.pages(), "page") + kept + " from " + Report.count(result.pieces(), "piece")
                + held + " into " + output + " in " + Report.seconds(start) + ".");
        return ExitCodes.OK;
    }
}
