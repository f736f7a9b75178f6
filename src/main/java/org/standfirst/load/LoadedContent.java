package org.standfirst.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Everything read from the content folder, in path order.
 *
 * @param siteConfig {@code site.yml}, when present
 * @param redirects {@code redirects.csv}, when present (its text in {@code frontMatter})
 * @param staticFiles files under {@code static/}, copied to the site root as they are
 * @param files every regular file in the content folder, by relative path, to check references against
 */
public record LoadedContent(Path root, Optional<SourceDocument> siteConfig, Optional<SourceDocument> redirects,
                            List<ArticleFile> articles,
                            List<SourceDocument> authors, List<SourceDocument> regions,
                            List<StaticFile> staticFiles, NavigableSet<String> files) {

    public LoadedContent {
        articles = List.copyOf(articles);
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        staticFiles = List.copyOf(staticFiles);
        files = Collections.unmodifiableNavigableSet(new TreeSet<>(files));
    }

    /**
     * An article's file, read when it is validated (in parallel) rather than all at once, with its
     * size and modification time as the walk found them (before it was read).
     */
    public record ArticleFile(Path file, String path, long size, Instant modified) {
    }

    /** A file copied unchanged: {@code sitePath} is where it goes in the output. */
    public record StaticFile(Path file, String sitePath) {
    }
}
