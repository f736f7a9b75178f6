package org.standfirst.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.standfirst.assemble.SiteInventory;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;
import org.standfirst.render.cite.BibTex;
import org.standfirst.render.cite.CitationInput;
import org.standfirst.render.cite.Ris;
import org.standfirst.render.view.ArticleView;
import org.standfirst.render.view.LinkView;

/**
 * The render stage: every page and file of the site, handed to a {@link PageSink}. Articles and
 * listings render in parallel; a page that fails becomes a problem, never a half-written site.
 */
public final class SiteRenderer {
    /** Theme files copied to the site as they are (stylesheets, fonts, icons). */
    public static final String THEME_ASSETS = "assets";

    private final ThemeEngine theme;
    private final String themeLabel;
    private final Problems problems;
    private final Path cache;
    private final String code;
    private final boolean readOnly;

    /**
     * @param themeLabel how problems name the templates folder, e.g. "templates"
     * @param cache where rendered bodies are kept between builds, or null to render every body
     * @param code which Standfirst is running, so cached bodies of another never match
     */
    public SiteRenderer(ThemeEngine theme, String themeLabel, Problems problems, Path cache, String code) {
        this(theme, themeLabel, problems, cache, code, false);
    }

    /** @param readOnly reuse the bodies kept in {@code cache} but store, delete and prune none (a check writes nothing) */
    public SiteRenderer(ThemeEngine theme, String themeLabel, Problems problems, Path cache, String code, boolean readOnly) {
        this.theme = theme;
        this.themeLabel = themeLabel;
        this.problems = problems;
        this.cache = cache == null ? null : cache.resolve("bodies");
        this.code = code;
        this.readOnly = readOnly;
    }

    /** Checks the theme: every required template exists and compiles. */
    public boolean checkTheme() {
        if (!Files.isDirectory(theme.folder())) {
            problems.error(SourceLocation.file(themeLabel), "the templates folder does not exist",
                    "create it (copy the default theme from the Standfirst repository) or pass --templates DIR");
            return false;
        }
        boolean ok = true;
        for (String name : ThemeEngine.REQUIRED) {
            if (!theme.exists(name)) {
                problems.error(SourceLocation.file(themeLabel + "/" + name), "the template is missing",
                        "every theme needs " + String.join(", ", ThemeEngine.REQUIRED));
                ok = false;
                continue;
            }
            var problem = theme.check(name);
            if (problem.isPresent()) {
                new Pages(theme, themeLabel, problems, null, page -> { }).report(problem.get());
                ok = false;
            }
        }
        return ok;
    }

    /**
     * What a render did.
     *
     * @param pages how many pages the site has
     * @param rendered how many of them were rendered (the rest were kept from the previous build)
     * @param index the digest of every file, for the next build
     * @param copied how many files were copied as they are (stylesheets, images, attachments) rather
     *               than kept from the previous build: when none were, a page whose HTML is unchanged
     *               looks exactly as it did
     */
    public record Outcome(int pages, int rendered, PageIndex index, int copied) {
    }

    /** Renders every page into the sink; returns the number of pages. */
    public int render(Site site, PageSink sink) {
        return render(site, sink, PageIndex.empty(), PageIndex.empty()).pages();
    }

    /**
     * Renders the site into the sink. A file whose input digest matches {@code previous} is kept rather
     * than rendered (when the sink holds the previous build, and the sink checks the output still has
     * it); {@code next} receives the digest of every file, for the next build.
     */
    public Outcome render(Site site, PageSink output, PageIndex previous, PageIndex next) {
        PageSink sink = new IndexingSink(output, next);
        BodyCache bodies = bodyCache(site);
        LinkTargets targets = linkTargets(site);
        next.linkTargets(targets.digest());
        boolean sameLinkTargets = !previous.linkTargets().isEmpty() && previous.linkTargets().equals(next.linkTargets());
        ViewFactory views = new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), targets, bodies);
        PageKeys keys = new PageKeys(site, code, views.site().toString(), new TemplateDigests(theme.folder()));
        PageReuse reuse = new PageReuse(previous, next, sink);
        Pages pages = new Pages(theme, themeLabel, problems, views, page -> sink.page(page.sitePath(), page.html()));

        boolean[] inFeeds = WebFiles.piecesInFeeds(site);
        String[] articleKeys = new String[site.pieces().size()];
        try (BodySpool feedBodies = new BodySpool(sink.scratch())) {
            site.pieces().parallelStream().forEach(piece -> {
                String key = keys.article(site, piece);
                List<BodyLinks.Resolved> kept = keepArticle(piece, key, reuse, views, sameLinkTargets);
                // Only feeds use the digest with the links, and only for the pieces they carry.
                if (kept != null) {
                    if (inFeeds[piece.index()]) articleKeys[piece.index()] = PageKeys.withLinks(key, kept);
                    return;
                }
                BodyCache.Body body = renderArticle(pages, piece, key, reuse);
                if (body == null || !inFeeds[piece.index()]) return;
                articleKeys[piece.index()] = PageKeys.withLinks(key, body.links());
                // A piece is in several feeds (site, type, regions, authors, topics): its links are made
                // absolute once, here, rather than in every feed.
                feedBodies.put(piece.index(), feedBody(site, piece, body));
            });
            new ListingPages(site, pages, keys, reuse).tasks().parallelStream().forEach(Runnable::run);
            new IndexPages(site, pages).renderAll();

            new WebFiles(site, sink, keys, reuse, i -> articleKeys[i]).writeAll(index -> {
                String spooled = feedBodies.get(index);
                if (spooled != null) return spooled;
                Piece piece = site.pieces().get(index); // kept, so not rendered in this build
                try {
                    BodyCache.Body body = views.body(piece, problems);
                    return bodies.feedBody(piece, body, site.config().baseUrl(), () -> feedBody(site, piece, body));
                } catch (RuntimeException | StackOverflowError e) {
                    return ""; // its page failed too, and that failure is already reported
                }
            });
            for (Site.Asset asset : site.assets()) reuse.copy(asset.sitePath(), asset.source());
            themeAssets().forEach(reuse::copy);
            if (!problems.hasErrors()) bodies.prune();
            int rendered = pages.counted();
            return new Outcome(rendered + reuse.keptPages(), rendered, next, reuse.copied());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the article pages (with their citation files) of the pieces whose source is one of
     * {@code sources}, and nothing else: no listings, feeds or index pages. The preview shows an
     * edited piece this way before it rebuilds the rest of the site. Problems go to this renderer's
     * list; a page that failed is left out.
     *
     * @param sources the pieces' source files, as absolute, normalised paths
     * @return the files rendered, by site path
     */
    public Map<String, String> articlePages(Site site, Set<Path> sources) {
        Map<String, String> out = new TreeMap<>();
        PageSink sink = new PageSink() {
            @Override
            public synchronized void page(String sitePath, String html) {
                out.put(sitePath, html);
            }

            @Override
            public void copy(String sitePath, Path source) {
                throw new IllegalStateException("an article page copies nothing: " + sitePath);
            }
        };
        BodyCache bodies = bodyCache(site);
        ViewFactory views = new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), linkTargets(site), bodies);
        PageIndex index = PageIndex.empty(); // filled in as the pages are written, then dropped
        PageReuse reuse = new PageReuse(PageIndex.empty(), index, new IndexingSink(sink, index));
        Pages pages = new Pages(theme, themeLabel, problems, views, page -> sink.page(page.sitePath(), page.html()));
        for (Piece piece : site.pieces()) {
            if (sources.contains(piece.article().file().toAbsolutePath().normalize())) renderArticle(pages, piece, "", reuse);
        }
        return out;
    }

    /** The rendered bodies kept for this Standfirst and the site's raw-HTML setting. */
    private BodyCache bodyCache(Site site) {
        return new BodyCache(cache, code + "\n" + site.config().rawHtml().name(), readOnly);
    }

    /** Records every file written in the index, by size; keyed files get their digest afterwards. */
    private record IndexingSink(PageSink sink, PageIndex index) implements PageSink {
        @Override
        public void page(String sitePath, String html) {
            sink.page(sitePath, html);
            index.put(sitePath, new PageIndex.Entry("", PageReuse.utf8Length(html), List.of()));
        }

        @Override
        public void copy(String sitePath, Path source) {
            sink.copy(sitePath, source);
            try {
                index.put(sitePath, new PageIndex.Entry("", Files.size(source), List.of()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void keep(String sitePath, long size) {
            sink.keep(sitePath, size);
        }

        @Override
        public boolean holdsPrevious() {
            return sink.holdsPrevious();
        }

        @Override
        public Path scratch() {
            return sink.scratch();
        }
    }

    private static String feedBody(Site site, Piece piece, BodyCache.Body body) {
        return AtomFeed.absoluteLinks(body.html(), site.config().baseUrl() + LinkFilter.encode(piece.path()));
    }

    /**
     * Keeps an article page and its citation files when their digest matches the previous build's and
     * every body link resolves as it did (resolving them reports their problems again, as a clean
     * build would). Returns the body's links when kept, else null.
     */
    private List<BodyLinks.Resolved> keepArticle(Piece piece, String key, PageReuse reuse, ViewFactory views,
                                                 boolean sameLinkTargets) {
        String bib = SitePaths.citation(piece.path(), piece.article().slug(), "bib");
        String ris = SitePaths.citation(piece.path(), piece.article().slug(), "ris");
        PageIndex.Entry page = reuse.unchanged(piece.path(), key);
        if (page == null) return null;
        PageIndex.Entry bibEntry = reuse.unchanged(bib, key);
        PageIndex.Entry risEntry = reuse.unchanged(ris, key);
        if (bibEntry == null || risEntry == null) return null;
        BodyLinks links = new BodyLinks(piece, views.targets(), problems);
        for (BodyLinks.Resolved link : page.links()) {
            // A link the last build rewrote to a page or file reported nothing, and with the same
            // targets it resolves the same way again; a link to another site never reports anything
            // and is always written as it is. The rest are resolved again for their warnings.
            if (sameLinkTargets && !link.result().equals(link.url()) && !link.result().equals("#")) continue;
            if (BodyLinks.leavesTheSite(link.url()) && link.result().equals(link.url())) continue;
            if (!links.resolve(link.url(), link.line()).equals(link.result())) return null;
        }
        reuse.keep(bib, bibEntry);
        reuse.keep(ris, risEntry);
        reuse.keep(piece.path(), page);
        reuse.countKept();
        views.bodies().markUsed(piece);
        return page.links();
    }

    /** What body links may point at: every file of the site, and each piece's page by its source. */
    private LinkTargets linkTargets(Site site) {
        List<String> files = new ArrayList<>();
        for (SiteInventory.Entry entry : SiteInventory.of(site)) files.add(entry.file());
        files.addAll(themeAssets().keySet());
        return new LinkTargets(files, site.pieces());
    }

    /** Renders one article page and its citation files; returns its body (for the feeds), or null when it failed. */
    private BodyCache.Body renderArticle(Pages pages, Piece piece, String key, PageReuse reuse) {
        SourceLocation source = piece.article().source();
        try {
            BodyCache.Body body = pages.views().body(piece, problems);
            ArticleView article = pages.views().article(piece, body.html());
            Map<String, Object> context = pages.context(pages.views().articlePage(piece, articleTrail(piece)), piece.path());
            context.put("article", article);
            CitationInput citation = pages.views().citation(piece);
            reuse.write(SitePaths.citation(piece.path(), piece.article().slug(), "bib"), key, BibTex.entry(citation), List.of());
            reuse.write(SitePaths.citation(piece.path(), piece.article().slug(), "ris"), key, Ris.entry(citation), List.of());
            pages.render("article.peb", piece.path(), context, key, body.links(), reuse);
            return body;
        } catch (StackOverflowError e) {
            problems.error(source.atLine(piece.article().bodyLine()), "the body is nested too deeply to render",
                    "flatten the deepest lists or block quotes");
        } catch (RuntimeException e) {
            problems.error(source.atLine(piece.article().bodyLine()), "cannot render the body: " + e.getMessage(),
                    "check the Markdown around this piece's body");
        }
        return null;
    }

    private static List<LinkView> articleTrail(Piece piece) {
        List<LinkView> trail = new ArrayList<>();
        trail.add(ViewFactory.home());
        trail.add(new LinkView(piece.type(), ViewFactory.url(SitePaths.type(piece.typeId()))));
        if (!piece.regions().isEmpty()) {
            Region first = piece.regions().get(0);
            trail.add(new LinkView(first.name(), ViewFactory.url(SitePaths.region(first.id()))));
        }
        return trail;
    }

    /** The theme's own files (stylesheets, fonts, icons) by site path, in path order. */
    private Map<String, Path> themeAssets() {
        Map<String, Path> out = new TreeMap<>();
        Path assets = theme.folder().resolve(THEME_ASSETS);
        if (!Files.isDirectory(assets)) return out;
        try (Stream<Path> files = Files.walk(assets)) {
            files.filter(Files::isRegularFile).forEach(file ->
                    out.put(THEME_ASSETS + "/" + assets.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            problems.error(SourceLocation.file(themeLabel + "/" + THEME_ASSETS), "cannot read theme assets: " + e.getMessage(),
                    "check the folder's permissions");
        }
        return out;
    }
}
