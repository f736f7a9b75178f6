package org.standfirst.cli;

import java.nio.file.Path;
import org.standfirst.Pipeline;
import org.standfirst.incremental.IncrementalBuild;
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

    @Option(names = "--future", description = "Include pieces dated in the future (by default they wait for their day).")
    boolean future;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--verbose", description = "Show how long each stage took, and Java stack traces for internal errors.")
    boolean verbose;

    @Option(names = "--no-cache", description = "Reuse nothing from .standfirst-cache/ beside the output: read, count and render everything afresh.")
    boolean noCache;

    Pipeline.Options pipeline(Path output, java.util.function.Consumer<String> progress) {
        return new Pipeline.Options(content, templates, templates.toString(), output, baseUrl,
                Pipeline.selection(drafts, future), strict, progress,
                noCache ? null : IncrementalBuild.cacheFor(output));
    }
}
