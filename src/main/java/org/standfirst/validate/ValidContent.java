package org.standfirst.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Redirect;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;

/**
 * The archive as typed records, in source-path order; only what passed validation.
 *
 * @param files every file in the content folder, by relative path
 * @param redirects the lines of redirects.csv, targets as written
 */
public record ValidContent(Path root, SiteConfig config, List<Article> articles, List<Author> authors,
                           List<Region> regions, List<LoadedContent.StaticFile> staticFiles, NavigableSet<String> files,
                           List<Redirect> redirects) {

    public ValidContent {
        articles = List.copyOf(articles);
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        staticFiles = List.copyOf(staticFiles);
        files = Collections.unmodifiableNavigableSet(new TreeSet<>(files));
        redirects = List.copyOf(redirects);
    }
}
