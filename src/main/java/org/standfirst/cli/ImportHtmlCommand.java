package org.standfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.standfirst.importer.ImportException;
import org.standfirst.importer.html.HtmlImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "html", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Import a folder of saved HTML pages: metadata from JSON-LD, Scholar and OpenGraph tags, the body from a CSS selector.")
final class ImportHtmlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PAGES_DIR", description = "The folder of saved pages (*.html, searched recursively).")
    Path pages;

    @Option(names = "--body", required = true, paramLabel = "SELECTOR", description = "CSS selector(s) of the article text, e.g. \"article .entry-content\".")
    String body;

    @Option(names = "--summary", paramLabel = "SELECTOR", description = "CSS selector of the standfirst, e.g. \"p.standfirst\" (default: the page's meta description, then og:description).")
    String summary;

    @Option(names = "--map", paramLabel = "FILE", description = "A mapping file, as for import wxr: taxonomies `section` and `keyword` to regions/topics/type, renamed and skipped terms.")
    Path map;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content", description = "The content folder to write into (default: ${DEFAULT-VALUE}).")
    Path into;

    @Option(names = "--type", paramLabel = "TYPE", description = "The type of every piece (default: the type the page's section is filed as, else Article).")
    String type;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        HtmlImporter.Result result;
        try {
            result = HtmlImporter.run(new HtmlImporter.Options(pages, body, summary, into, type, map, force));
        } catch (ImportException e) {
            spec.commandLine().getErr().println(e.format());
            spec.commandLine().getErr().println("Import failed: nothing was written.");
            return ExitCodes.PROBLEMS;
        }
        return ImportOutcome.print(result.conflicts(), into, result.reportFile(), result.report(), spec,
                Report.count(result.pieces(), "piece"), start);
    }
}
