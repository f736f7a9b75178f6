package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line a run gets: only the subcommand it names, with the usage and errors of the whole. */
class StandfirstTest {
    private static final String[] ALL = {"init", "build", "check", "serve", "new", "import", "theme", "help"};

    @Test
    void aRunThatNamesACommandGetsOnlyThatOne() {
        assertThat(Standfirst.commandLine(new String[] {"build", "--verbose"}).getSubcommands()).containsOnlyKeys("build");
        assertThat(Standfirst.commandLine(new String[] {"serve"}).getSubcommands()).containsOnlyKeys("serve");
    }

    @Test
    void helpOptionsAndUnknownCommandsGetThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "build"}, {"bild"}}) {
            assertThat(Standfirst.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args)).containsExactly(ALL);
        }
    }

    @Test
    void aCommandsUsageAndErrorsStillNameTheWholeCommand() {
        assertThat(run("build", "--help").out()).startsWith("Usage: standfirst build ");
        Run unknown = run("bild");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Did you mean: standfirst build?");
        assertThat(run("help", "check").out()).startsWith("Usage: standfirst check ");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Standfirst.commandLine(args);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
