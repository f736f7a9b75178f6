package org.standfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.standfirst.importer.ImportException;
import org.standfirst.importer.wxr.WxrImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "wxr", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Import a WordPress export (WXR, Tools › Export) as page bundles, author profiles and an import report.")
final class ImportWxrCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXPORT.xml", description = "The WordPress export.")
    Path export;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder to write into (default: ${DEFAULT-VALUE}).")
    Path into;

    @Option(names = "--uploads", paramLabel = "DIR", description = "A copy of the old site's wp-content/uploads: images are copied beside each piece.")
    Path uploads;

    @Option(names = "--map", paramLabel = "FILE", description = "A mapping file: taxonomies to regions/topics/type, renamed and skipped terms.")
    Path map;

    @Option(names = "--drafts", description = "Import drafts and scheduled posts too (as `draft: true`).")
    boolean drafts;

    @Option(names = "--pages", description = "Import pages too.")
    boolean pages;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        WxrImporter.Result result;
        try {
            result = WxrImporter.run(new WxrImporter.Options(export, into, uploads, map, drafts, pages, force));
        } catch (ImportException e) {
            err.println(e.format());
            err.println("Import failed: nothing was written.");
            return ExitCodes.PROBLEMS;
        }
        return ImportOutcome.print(result.conflicts(), into, result.reportFile(), result.report(), spec,
                Report.count(result.pieces(), "piece") + " and " + Report.count(result.authors(), "author profile"), start);
    }
}
