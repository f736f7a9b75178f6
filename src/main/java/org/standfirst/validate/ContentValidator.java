package org.standfirst.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
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
        ArticleReader articleReader = new ArticleReader(content.root(), content.files(), problems);
        // One file at a time, in parallel: only the front matter and a summary are kept, not the body.
        ContentLoader loader = new ContentLoader(content.root(), problems);
        List<Article> articles = content.articles().parallelStream()
                .map(file -> loader.document(file.file(), file.path()))
                .flatMap(Optional::stream)
                .map(articleReader::read).flatMap(Optional::stream).toList();
        ProfileReader profiles = new ProfileReader(content.files(), problems);
        List<Author> authors = new ArrayList<>();
        for (SourceDocument doc : content.authors()) profiles.author(doc).ifPresent(authors::add);
        List<Region> regions = new ArrayList<>();
        for (SourceDocument doc : content.regions()) profiles.region(doc).ifPresent(regions::add);
        return new ValidContent(content.root(), config, articles, authors, regions, content.staticFiles(),
                content.files(), content.redirects().map(doc -> RedirectsReader.read(doc, problems)).orElse(List.of()));
    }
}
