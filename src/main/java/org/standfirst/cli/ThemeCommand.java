package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.standfirst.create.ThemeExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "theme", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"The built-in theme. A templates/ folder beside content/ replaces its files one by one: "
                + "keep there only the templates, partials and stylesheets you change."},
        subcommands = ThemeCommand.Export.class)
final class ThemeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `standfirst theme export`");
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Write the built-in theme's files into DIR, to change them. Existing files are not "
                    + "replaced without --force.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "templates",
                description = "Where the files go (default: ${DEFAULT-VALUE}).")
        Path folder;

        @Option(names = "--force", description = "Replace files of the same names.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            if (ThemeExport.files().isEmpty()) {
                err.println("standfirst theme export: this Standfirst has no built-in theme (it runs without its resources)"
                        + " — run a released Standfirst, or one built with `mvn package`");
                return ExitCodes.INTERNAL;
            }
            List<String> clashes = ThemeExport.clashes(folder);
            if (!clashes.isEmpty() && !force) {
                err.println(folder + ": not replacing " + clashes.size() + (clashes.size() == 1 ? " file" : " files")
                        + " already there (" + String.join(", ", clashes.subList(0, Math.min(3, clashes.size())))
                        + (clashes.size() > 3 ? ", …" : "") + ") — export into another folder, or add --force");
                return ExitCodes.USAGE;
            }
            List<String> written = ThemeExport.write(folder);
            spec.commandLine().getOut().println("Wrote the built-in theme's " + written.size() + " files into " + folder
                    + ". Delete the ones you do not change: the built-in ones take their place.");
            return ExitCodes.OK;
        }
    }
}
