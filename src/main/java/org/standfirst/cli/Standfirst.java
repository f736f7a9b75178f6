package org.standfirst.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "standfirst", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a policy-commentary archive (Markdown with front matter) into a static website.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                ImportCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 content or template problems, 2 usage error,",
                "3 internal error, 4 another build is writing the output folder."})
public final class Standfirst implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        try {
            System.exit(commandLine().execute(args));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; a JVM error still gets one clear line.
            System.err.println("standfirst: internal error: " + e + " — please report it with the input that caused it");
            System.exit(ExitCodes.INTERNAL);
        }
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Standfirst())
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `standfirst build`");
    }
}
