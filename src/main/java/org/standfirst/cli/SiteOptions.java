package org.standfirst.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read an archive. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The theme's templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address, overriding base_url in site.yml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include pieces marked `draft: true`.")
    boolean drafts;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--verbose", description = "Show Java stack traces for internal errors.")
    boolean verbose;
}
