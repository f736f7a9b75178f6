package org.standfirst.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read an archive: build, check and serve. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The theme's templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--drafts", description = "Include pieces marked `draft: true`.")
    boolean drafts;

    @Option(names = "--future", description = "Include pieces dated in the future (by default they wait for their day).")
    boolean future;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--verbose", description = "Show how long each stage of a build took, and Java stack traces for internal errors.")
    boolean verbose;
}
