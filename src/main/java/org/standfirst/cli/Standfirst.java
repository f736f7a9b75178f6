package org.standfirst.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "standfirst", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a policy-commentary archive (Markdown with front matter) into a static website.",
        footer = {"", "Exit status: 0 success, 1 content or template problems, 2 usage error,",
                "3 internal error, 4 another build is writing the output folder."})
public final class Standfirst implements Runnable {
    /**
     * The subcommands, in the order help lists them. picocli inspects a command by reflection when it
     * is added, loading its classes in a JVM that has only just started, so a run that names one gets
     * only that one.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    CommandSpec spec;

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("init", InitCommand::new);
        all.put("build", BuildCommand::new);
        all.put("check", CheckCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("new", NewCommand::new);
        all.put("import", ImportCommand::new);
        all.put("theme", ThemeCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    public static void main(String[] args) {
        try {
            System.exit(commandLine(args).execute(args));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; a JVM error still gets one clear line.
            System.err.println("standfirst: internal error: " + e + " — please report it with the input that caused it");
            System.exit(ExitCodes.INTERNAL);
        }
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return withSubcommands(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for {@code args}: with only the subcommand they name, when it is one (and not
     * {@code help}, which needs the others), else with all of them, as {@link #commandLine()}.
     */
    static CommandLine commandLine(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) continue;
            return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? withSubcommands(List.of(arg)) : commandLine();
        }
        return commandLine();
    }

    private static CommandLine withSubcommands(Collection<String> names) {
        CommandLine line = new CommandLine(new Standfirst());
        for (String name : names) line.addSubcommand(name, SUBCOMMANDS.get(name).get());
        // Set after the subcommands are added, so that it reaches them too.
        return line.setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `standfirst build`");
    }
}
