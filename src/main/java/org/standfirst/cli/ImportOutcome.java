package org.standfirst.cli;

import java.nio.file.Path;
import java.util.List;
import org.standfirst.importer.ImportReport;
import picocli.CommandLine.Model.CommandSpec;

/** How both import commands end: the files that stopped them, or one line saying what was written. */
final class ImportOutcome {
    private ImportOutcome() {
    }

    static int print(List<String> conflicts, Path into, Path reportFile, ImportReport report, CommandSpec spec,
                     String what, long start) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!conflicts.isEmpty()) {
            for (String file : conflicts) {
                err.println(into.resolve(file) + ": already exists — move it away, or run again with --force to overwrite it");
            }
            err.println("Import failed: nothing was written (" + Report.count(conflicts.size(), "file") + " already exist).");
            return ExitCodes.PROBLEMS;
        }
        out.println("Imported " + what + " into " + into + " in " + Report.seconds(start) + "; "
                + Report.count(report.warningCount(), "warning") + ", " + report.reviewCount()
                + " to look at: see " + reportFile + ".");
        return ExitCodes.OK;
    }
}
