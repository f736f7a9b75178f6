package org.standfirst.validate;

import java.nio.file.Path;
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
    private final Path cache;
    private final String settings;
    private final boolean readOnly;
    private int reused;

    /** A validator that reads every article. */
    public ContentValidator(Problems problems) {
        this(problems, null, "");
    }

    /** A validator that keeps the articles it read in {@code cache} and reuses the unchanged ones. */
    public ContentValidator(Problems problems, Path cache, String settings) {
        this(problems, cache, settings, false);
    }

    /**
     * A validator that reuses the unchanged articles kept in {@code cache}.
     *
     * @param cache the cache folder, or null for none
     * @param settings what else decides how an article is read (Standfirst's code fingerprint): when
     *                 it differs from the cached articles', they are all read again
     * @param readOnly reuse the cached articles but leave the cache as it is (a check writes nothing)
     */
    public ContentValidator(Problems problems, Path cache, String settings, boolean readOnly) {
        this.problems = problems;
        this.cache = cache;
        this.settings = settings;
        this.readOnly = readOnly;
    }

    public ValidContent validate(LoadedContent content, String baseUrlOverride) {
        SiteConfig config = content.siteConfig().map(doc -> SiteConfigReader.read(doc, problems))
                .orElse(SiteConfig.defaults());
        if (baseUrlOverride != null) {
            if (UrlRules.isHttpUrl(baseUrlOverride)) config = config.withBaseUrl(baseUrlOverride);
            else problems.error(org.standfirst.model.SourceLocation.file("--base-url"),
                    "`" + baseUrlOverride + "` is not an http(s) address", "pass e.g. --base-url https://example.org/");
        }
        List<Article> articles = articles(content);
        ProfileReader profiles = new ProfileReader(content.files(), problems);
        // In parallel, as articles are (400 profiles took a rebuild 50 ms on one core); in file order.
        List<Author> authors = content.authors().parallelStream().map(profiles::author).flatMap(Optional::stream).toList();
        List<Region> regions = new ArrayList<>();
        for (SourceDocument doc : content.regions()) profiles.region(doc).ifPresent(regions::add);
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
        SourceDocument document = new SourceDocument(org.standfirst.model.SourceLocation.file("warm-up.md"),
                Path.of("warm-up.md"), String.join("\n", "title: \"A: Warm-up\"", "date: 2014-06-17",
                "authors: [Amira Haddad]", "regions: [Iraq]", "topics: [Security]", "type: Commentary",
                "summary: A standfirst.", "draft: false", ""), 2, "Body.\n", 11);
        new ArticleReader(new FileLookups(Path.of(""), java.util.Set.of()), new Problems()).read(document);
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
        ArticleCache kept = cache == null ? ArticleCache.none(content.root())
                : ArticleCache.load(cache, settings, content.root(), readOnly);
        List<ArticleCache.Outcome> outcomes = content.articles().parallelStream()
                .map(file -> article(file, content, kept)).toList();
        List<Article> articles = new ArrayList<>(outcomes.size());
        reused = 0;
        for (ArticleCache.Outcome outcome : outcomes) {
            outcome.problems().forEach(problems::add);
            outcome.article().ifPresent(articles::add);
            if (outcome.reused()) reused++;
        }
        kept.write(outcomes);
        return articles;
    }

    private static ArticleCache.Outcome article(LoadedContent.ArticleFile file, LoadedContent content, ArticleCache kept) {
        // The stamp was taken (by the walk) before the file is read: an edit made since gives a new stamp.
        ArticleCache.Stamp stamp = kept.stamp(file.size(), file.modified());
        Optional<ArticleCache.Outcome> reusable = kept.reuse(file.path(), stamp, content.files());
        if (reusable.isPresent()) return reusable.get();
        Problems reported = new Problems();
        FileLookups lookups = new FileLookups(content.root(), content.files());
        Optional<Article> article = new ContentLoader(content.root(), reported).document(file.file(), file.path())
                .flatMap(new ArticleReader(lookups, reported)::read);
        List<Problem> sorted = reported.sorted();
        return kept.fresh(file.path(), stamp, article, sorted, lookups.asked());
    }
}
