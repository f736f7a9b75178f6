package org.standfirst.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read an archive: build, check and serve. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    /** Where an archive keeps its own theme files, when it has any. */
    static final Path TEMPLATES = Path.of("templates");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of theme files that replace the built-in theme's, file by file "
                    + "(default: templates, when it exists).")
    Path templates;

    @Option(names = "--drafts", description = "Include pieces marked `draft: true`.")
    boolean drafts;

    @Option(names = "--future", description = "Include pieces dated in the future (by default they wait for their day).")
    boolean future;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    /** The templates folder: the one given, or templates/ (which may be missing: the built-in theme alone). */
    Path templates() {
        return templates == null ? TEMPLATES : templates;
    }

    /** What is wrong with a --templates folder that was given but is not there, or null. */
    String missingTemplates() {
        if (templates == null || Files.isDirectory(templates)) return null;
        return "--templates " + templates + ": the folder does not exist — check the path, or leave out --templates "
                + "to use the built-in theme (and templates/, when it exists)";
    }

    @Option(names = "--verbose", description = "Show how long each stage of a build took, and Java stack traces for internal errors.")
    boolean verbose;
}
