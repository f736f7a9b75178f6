package org.standfirst.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.SourceLocation;

/** The validate stage: every loaded document becomes a typed record or a reported problem. */
public final class ContentValidator {
    private final Problems problems;
    private final ArticleMemo memo;
    private int reused;

    /** A validator that reads every article. */
    public ContentValidator(Problems problems) {
        this(problems, ArticleMemo.NONE);
    }

    /** A validator that reuses the articles {@code memo} remembers from the last build. */
    public ContentValidator(Problems problems, ArticleMemo memo) {
        this.problems = problems;
        this.memo = memo;
    }

    public ValidContent validate(LoadedContent content, String baseUrlOverride) {
        SiteConfig config = content.siteConfig().map(doc -> SiteConfigReader.read(doc, problems, content.files()::contains, baseUrlOverride != null))
                .orElse(SiteConfig.defaults());
        if (baseUrlOverride != null) {
            if (UrlRules.isHttpUrl(baseUrlOverride)) {
                config = config.withBaseUrl(baseUrlOverride);
                SiteConfigReader.warnOfSubPath(config.baseUrl(), SourceLocation.file("--base-url"), problems);
            }
            else problems.error(SourceLocation.file("--base-url"),
                    "`" + baseUrlOverride + "` is not an http(s) address", "pass e.g. --base-url https://example.org/");
        }
        List<Article> articles = articles(content);
        ProfileReader profiles = new ProfileReader(content.files(), problems);
        // In parallel, as articles are (each profile is a file to read and parse); in file order.
        List<Author> authors = content.authors().parallelStream().map(profiles::author).flatMap(Optional::stream).toList();
        List<Region> regions = new ArrayList<>();
        for (SourceDocument doc : content.regions()) profiles.region(doc).ifPresent(regions::add);
        new NameGuard(content.root(), problems).check(articles, authors, regions);
        return new ValidContent(content.root(), config, articles, authors, regions, content.staticFiles(),
                content.files(), content.redirects().map(doc -> RedirectsReader.read(doc, problems)).orElse(List.of()));
    }

    /**
     * Reads one article file again against content validated before, whose other files are unchanged:
     * the preview's quick look at an edit. What is wrong with it goes to this validator's problems.
     *
     * @param path the file's path relative to the content folder, as messages name it
     */
    public Optional<Article> reread(ValidContent content, Path file, String path) {
        FileLookups lookups = new FileLookups(content.root(), content.files());
        return new ContentLoader(content.root(), problems).document(file, path).flatMap(new ArticleReader(lookups, problems)::read);
    }

    /**
     * Loads the YAML parser and the article reader by reading a small article held in memory. A build
     * calls it on a spare thread while the content is walked (see MarkdownRenderer.warmUp).
     */
    public static void warmUp() {
        SourceDocument document = new SourceDocument(SourceLocation.file("warm-up.md"),
                Path.of("warm-up.md"), String.join("\n", "title: \"A: Warm-up\"", "date: 2014-06-17",
                "authors: [Amira Haddad]", "regions: [Iraq]", "topics: [Security]", "type: Commentary",
                "summary: A standfirst.", "draft: false", ""), 2, "Body.\n", 11);
        new ArticleReader(new FileLookups(Path.of(""), Set.of()), new Problems()).read(document);
    }

    /** How many articles the last {@link #validate} took from the cache instead of reading them. */
    public int reusedArticles() {
        return reused;
    }

    /**
     * One file at a time, in parallel: only the front matter and a summary are kept, not the body.
     * Each file reports into its own list, merged in path order, so what a file reported can be kept
     * with its article and reported again exactly.
     */
    private List<Article> articles(LoadedContent content) {
        List<ArticleMemo.Outcome> outcomes = content.articles().parallelStream()
                .map(file -> article(file, content)).toList();
        List<Article> articles = new ArrayList<>(outcomes.size());
        reused = 0;
        for (ArticleMemo.Outcome outcome : outcomes) {
            outcome.problems().forEach(problems::add);
            outcome.article().ifPresent(articles::add);
            if (outcome.reused()) reused++;
        }
        memo.finish();
        return articles;
    }

    private ArticleMemo.Outcome article(LoadedContent.ArticleFile file, LoadedContent content) {
        Optional<ArticleMemo.Outcome> recalled = memo.recall(file, content.root(), content.files());
        if (recalled.isPresent()) return recalled.get();
        Problems reported = new Problems();
        FileLookups lookups = new FileLookups(content.root(), content.files());
        Optional<Article> article = new ContentLoader(content.root(), reported).document(file.file(), file.path())
                .flatMap(new ArticleReader(lookups, reported)::read);
        return memo.remember(file, article, reported.sorted(), lookups.asked());
    }
}
