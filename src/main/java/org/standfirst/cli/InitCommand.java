package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.standfirst.create.StarterArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Start a new archive in DIR: content/site.yml with every setting explained, an example piece, "
                + "author and region, static/, a .gitignore and a GitHub Pages workflow.",
                "It builds at once with the built-in theme: cd DIR, then `standfirst serve`."})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new archive's folder; made if missing.")
    Path folder;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing files of the same names.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String refusal = StarterArchive.refusal(folder);
        if (refusal != null && (!force || refusal.startsWith("it is a file"))) {
            err.println(folder + ": not writing a new archive here: " + refusal
                    + (refusal.startsWith("it is a file") ? " — choose another name" : " — choose an empty or new folder, or add --force"));
            return ExitCodes.USAGE;
        }
        String version = Version.number();
        StarterArchive.write(folder, version, Version.repository(), LocalDate.now());
        out.println("Wrote a new archive into " + folder + ". Next:");
        out.println("  cd " + folder);
        out.println("  standfirst serve        preview it at http://127.0.0.1:8080/, rebuilt as you edit");
        out.println("  standfirst new \"Title\"  start a piece");
        out.println("  standfirst build        write the site into site-output/");
        out.println("Settings are in content/site.yml; .github/workflows/pages.yml publishes to GitHub Pages with Standfirst "
                + version + ".");
        return ExitCodes.OK;
    }
}
