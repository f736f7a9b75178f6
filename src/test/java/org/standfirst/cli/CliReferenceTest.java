package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md carries every command's usage text as picocli prints it, so the reference cannot drift
 * from the tool. Each block sits between {@code <!-- usage: standfirst build -->} and
 * {@code <!-- /usage -->}; run with {@code -Dstandfirst.writeDocs=true} to write the blocks afresh
 * after changing an option (a new command needs its marker added by hand first, where its prose goes).
 */
class CliReferenceTest {
    private static final Path REFERENCE = Path.of("docs", "cli.md");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- usage: ([a-z -]+) -->\n```text\n(.*?)```\n<!-- /usage -->", Pattern.DOTALL);

    @Test
    void theReferenceHoldsTheUsageOfEveryCommandAsTheToolPrintsIt() throws IOException {
        Map<String, String> usage = usageOfEveryCommand();
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("standfirst.writeDocs")) {
            reference = withUsage(reference, usage);
            Files.writeString(REFERENCE, reference, StandardCharsets.UTF_8);
        }
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(reference);
        while (block.find()) documented.put(block.group(1), block.group(2));

        assertThat(documented.keySet())
                .as("commands in docs/cli.md (add a `<!-- usage: … -->` marker for a new command, then run with "
                        + "-Dstandfirst.writeDocs=true)")
                .containsExactlyInAnyOrderElementsOf(usage.keySet());
        for (Map.Entry<String, String> command : usage.entrySet()) {
            assertThat(documented.get(command.getKey()))
                    .as("usage of `%s` in docs/cli.md (run this test with -Dstandfirst.writeDocs=true)", command.getKey())
                    .isEqualTo(command.getValue());
        }
    }

    @Test
    void blocksThatNoLongerMatchAreWrittenAfresh() {
        String stale = "x\n<!-- usage: standfirst build -->\n```text\nold\n```\n<!-- /usage -->\ny\n";
        String fresh = withUsage(stale, Map.of("standfirst build", "new\n"));
        assertThat(fresh).isEqualTo("x\n<!-- usage: standfirst build -->\n```text\nnew\n```\n<!-- /usage -->\ny\n");
    }

    /** Every command's name as typed ({@code standfirst new author}) and its usage text, help included. */
    private static Map<String, String> usageOfEveryCommand() {
        Map<String, String> usage = new LinkedHashMap<>();
        collect(Standfirst.commandLine(), usage);
        return usage;
    }

    private static void collect(CommandLine line, Map<String, String> usage) {
        String text = line.getUsageMessage(CommandLine.Help.Ansi.OFF);
        usage.put(line.getCommandSpec().qualifiedName(" "), text.endsWith("\n") ? text : text + "\n");
        List<CommandLine> subcommands = new ArrayList<>(line.getSubcommands().values());
        for (CommandLine subcommand : subcommands) collect(subcommand, usage);
    }

    private static String withUsage(String reference, Map<String, String> usage) {
        Matcher block = BLOCK.matcher(reference);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            String text = usage.getOrDefault(block.group(1), block.group(2));
            block.appendReplacement(out, Matcher.quoteReplacement(
                    "<!-- usage: " + block.group(1) + " -->\n```text\n" + text + "```\n<!-- /usage -->"));
        }
        block.appendTail(out);
        return out.toString();
    }
}
