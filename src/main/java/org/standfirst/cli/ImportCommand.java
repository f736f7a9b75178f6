package org.standfirst.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Move an existing archive into Standfirst: from a WordPress export or a folder of saved HTML pages.",
        subcommands = {ImportWxrCommand.class, ImportHtmlCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing source: try `standfirst import wxr EXPORT.xml` or `standfirst import html PAGES_DIR --body SELECTOR`");
    }
}
