package org.standfirst.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;

/** The validate stage: every loaded document becomes a typed record or a reported problem. */
public final class ContentValidator {
    private final Problems problems;

    public ContentValidator(Problems problems) {
        this.problems = problems;
    }

    public ValidContent validate(LoadedContent content, String baseUrlOverride) {
        SiteConfig config = content.siteConfig().map(doc -> SiteConfigReader.read(doc, problems))
                .orElse(SiteConfig.defaults());
        if (baseUrlOverride != null) {
            if (UrlRules.isHttpUrl(baseUrlOverride)) config = config.withBaseUrl(baseUrlOverride);
            else problems.error(org.standfirst.model.SourceLocation.file("--base-url"),
                    "`" + baseUrlOverride + "` is not an http(s) address", "pass e.g. --base-url https://example.org/");
        }
        // One file at a time, in parallel: only the front matter and a summary are kept, not the body.
        // Each file reports into its own list, merged in path order.
        List<Read> reads = content.articles().parallelStream().map(file -> read(file, content)).toList();
        List<Article> articles = new ArrayList<>(reads.size());
        for (Read read : reads) {
            read.problems().forEach(problems::add);
            read.article().ifPresent(articles::add);
        }
        ProfileReader profiles = new ProfileReader(content.files(), problems);
        List<Author> authors = new ArrayList<>();
        for (SourceDocument doc : content.authors()) profiles.author(doc).ifPresent(authors::add);
        List<Region> regions = new ArrayList<>();
        for (SourceDocument doc : content.regions()) profiles.region(doc).ifPresent(regions::add);
        return new ValidContent(content.root(), config, articles, authors, regions, content.staticFiles(),
                content.files(), content.redirects().map(doc -> RedirectsReader.read(doc, problems)).orElse(List.of()));
    }

    /** What reading one article file gave, and what it asked about other files. */
    private record Read(Optional<Article> article, List<Problem> problems, List<FileLookups.Lookup> lookups) {
    }

    private static Read read(LoadedContent.ArticleFile file, LoadedContent content) {
        Problems reported = new Problems();
        FileLookups lookups = new FileLookups(content.root(), content.files());
        Optional<Article> article = new ContentLoader(content.root(), reported).document(file.file(), file.path())
                .flatMap(new ArticleReader(lookups, reported)::read);
        return new Read(article, reported.sorted(), lookups.asked());
    }
}
