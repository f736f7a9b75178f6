package org.standfirst.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.standfirst.Pipeline;
import org.standfirst.incremental.IncrementalBuild;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that run the pipeline once: build and check. */
final class BuildOptions {
    @Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address, overriding base_url in site.yml.")
    String baseUrl;

    @Option(names = "--no-cache", description = "Reuse nothing from .standfirst-cache/ beside the output: read, count and render everything afresh.")
    boolean noCache;

    Pipeline.Options pipeline(Path output, Consumer<String> progress) {
        return new Pipeline.Options(site.content, site.templates(), site.templates().toString(), output, baseUrl,
                Pipeline.selection(site.drafts, site.future), site.strict, progress,
                noCache ? null : IncrementalBuild.cacheFor(output));
    }
}
