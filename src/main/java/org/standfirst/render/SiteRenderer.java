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
import java.util.concurrent.atomic.AtomicInteger;
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
import org.standfirst.render.image.ImageMemo;
import org.standfirst.render.image.SiteImages;
import org.standfirst.render.view.ArticleView;
import org.standfirst.render.view.LinkView;

/**
 * The render stage: every page and file of the site, handed to a {@link PageSink}. Articles and
 * listings render in parallel; a page that fails becomes a problem, never a half-written site.
 * {@link PageReuse} may keep files of the last build instead, and {@link BodyMemo} may recall bodies.
 */
public final class SiteRenderer {
    /** Theme files copied to the site as they are (stylesheets, fonts, icons). */
    public static final String THEME_ASSETS = "assets";

    private final ThemeEngine theme;
    private final String themeLabel;
    private final Problems problems;
    private final BodyMemo bodies;
    private final PageReuse reuse;
    private final ImageMemo images;
    private int encodedImages;

    /** A renderer that renders every page and body. */
    public SiteRenderer(ThemeEngine theme, String themeLabel, Problems problems) {
        this(theme, themeLabel, problems, BodyMemo.NONE, PageReuse.NONE, ImageMemo.NONE);
    }

    /**
     * @param themeLabel how problems name the templates folder, e.g. "templates"
     * @param bodies may recall rendered bodies from the last build
     * @param reuse may keep the files of the last build
     * @param images may recall image derivatives encoded by an earlier build
     */
    public SiteRenderer(ThemeEngine theme, String themeLabel, Problems problems, BodyMemo bodies, PageReuse reuse,
                        ImageMemo images) {
        this.theme = theme;
        this.themeLabel = themeLabel;
        this.problems = problems;
        this.bodies = bodies;
        this.reuse = reuse;
        this.images = images;
    }

    /** How many image derivatives the last {@link #render} encoded; the rest were recalled. */
    public int encodedImages() {
        return encodedImages;
    }

    /** Checks the theme: every required template exists and compiles. */
    public boolean checkTheme() {
        if (!theme.files().exists()) {
            problems.error(SourceLocation.file(themeLabel), "the templates folder does not exist, and this Standfirst has no built-in theme",
                    "write one out with `standfirst theme export " + themeLabel + "` from a released Standfirst, or pass --templates DIR");
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
                Pages.report(problems, theme, themeLabel, problem.get());
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
     * @param copied how many files were copied as they are (stylesheets, images, attachments) rather
     *               than kept from the previous build
     */
    public record Outcome(int pages, int rendered, int copied) {
    }

    /** What decides which files of the last build are kept; later stages that make files ask it too. */
    public PageReuse reuse() {
        return reuse;
    }

    /**
     * Renders the site into the sink, but for the files {@link PageReuse} keeps.
     *
     * @param scratch a private folder for the feeds' bodies until the feeds are written, or null to
     *                keep none (a check, which writes no feed)
     */
    public Outcome render(Site site, PageSink sink, Path scratch) {
        LinkTargets targets = linkTargets(site);
        // Before any page: a page kept from the last build names derivatives this build must write too.
        SiteImages derivatives = new SiteImages(images, problems);
        List<SiteImages.Request> requests = new ImageRequests(site).all();
        derivatives.make(requests, sink, SiteInventory.staticPaths(site));
        encodedImages = derivatives.encoded();
        ViewFactory views = new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), targets, bodies, derivatives);
        reuse.begin(site, views.site(), targets.files(), new ShownImages(derivatives, requests));
        Pages pages = new Pages(theme, themeLabel, problems, views, sink);
        AtomicInteger kept = new AtomicInteger();
        boolean[] inFeeds = WebFiles.piecesInFeeds(site);
        try (BodySpool feedBodies = new BodySpool(scratch)) {
            site.pieces().parallelStream().forEach(piece -> {
                if (keepArticle(piece, views)) {
                    kept.incrementAndGet();
                    return;
                }
                BodyMemo.Body body = renderArticle(pages, piece);
                // A piece is in several feeds (site, type, regions, authors, topics): its links are made
                // absolute once, here, rather than in every feed.
                if (body != null && inFeeds[piece.index()]) feedBodies.put(piece.index(), feedBody(site, piece, body));
            });
            new ListingPages(site, pages, reuse, kept).tasks().parallelStream().forEach(Runnable::run);
            new IndexPages(site, pages).renderAll();
            new WebFiles(site, sink, reuse).writeAll(index -> {
                String spooled = feedBodies.get(index);
                if (spooled != null) return spooled;
                Piece piece = site.pieces().get(index); // kept, so not rendered in this build
                try {
                    BodyMemo.Body body = views.body(piece, problems);
                    return bodies.feedBody(views.bodyInput(piece), body, site.config().baseUrl(), () -> feedBody(site, piece, body));
                } catch (RuntimeException | StackOverflowError e) {
                    return ""; // its page failed too, and that failure is already reported
                }
            });
            int copied = copyFiles(site, sink);
            if (!problems.hasErrors()) {
                bodies.finish();
                derivatives.finish();
            }
            return new Outcome(pages.counted() + kept.get(), pages.counted(), copied);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the site's files and the theme's, but those kept; returns how many were copied. */
    private int copyFiles(Site site, PageSink sink) {
        Map<String, Path> files = new TreeMap<>();
        for (Site.Asset asset : site.assets()) files.put(asset.sitePath(), asset.source());
        files.putAll(themeAssets());
        int copied = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            PageReuse.Copy input = new PageReuse.Copy(file.getValue());
            if (reuse.keep(input, List.of(file.getKey()))) continue;
            sink.copy(file.getKey(), file.getValue());
            reuse.made(input, file.getKey(), List.of());
            copied++;
        }
        return copied;
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

            @Override
            public void file(String sitePath, byte[] bytes) {
                throw new IllegalStateException("an article page makes no other file: " + sitePath);
            }
        };
        SiteImages derivatives = new SiteImages(images, problems);
        // The pieces' own images (lead, and bundle files a body may show), and what every article
        // page shows: photos, the logo, the favicon.
        List<String> folders = site.pieces().stream()
                .filter(piece -> sources.contains(piece.article().file().toAbsolutePath().normalize())).map(Piece::path).toList();
        derivatives.make(new ImageRequests(site).all().stream().filter(request -> switch (request.key()) {
            case "image" -> sources.contains(request.namedIn().toAbsolutePath().normalize());
            case "" -> folders.stream().anyMatch(request.sitePath()::startsWith);
            default -> true;
        }).toList(), PageSink.DISCARD);
        ViewFactory views = new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), linkTargets(site), bodies,
                derivatives);
        Pages pages = new Pages(theme, themeLabel, problems, views, sink);
        for (Piece piece : site.pieces()) {
            if (sources.contains(piece.article().file().toAbsolutePath().normalize())) renderArticle(pages, piece);
        }
        return out;
    }

    private static String feedBody(Site site, Piece piece, BodyMemo.Body body) {
        return AtomFeed.absoluteLinks(body.html(), site.config().baseUrl() + LinkFilter.encode(piece.path()));
    }

    /** The citation files and page of an article, in the order they are written. */
    private static List<String> articleFiles(Piece piece) {
        return List.of(SitePaths.citation(piece.path(), piece.article().slug(), "bib"),
                SitePaths.citation(piece.path(), piece.article().slug(), "ris"), piece.path());
    }

    /**
     * Keeps an article page and its citation files when {@link PageReuse} says they stand; the body
     * links it asks about are resolved again, which reports their problems as a clean build would.
     */
    private boolean keepArticle(Piece piece, ViewFactory views) {
        BodyLinks links = new BodyLinks(piece, views.targets(), problems);
        PageReuse.ArticlePage input = new PageReuse.ArticlePage(piece,
                link -> links.resolve(link.url(), link.line()).equals(link.result()), List.of());
        if (!reuse.keep(input, articleFiles(piece))) return false;
        bodies.stillUsed(views.bodyInput(piece));
        return true;
    }

    /** What body links may point at: every file of the site, and each piece's page by its source. */
    private LinkTargets linkTargets(Site site) {
        List<String> files = new ArrayList<>();
        for (SiteInventory.Entry entry : SiteInventory.of(site)) files.add(entry.file());
        files.addAll(themeAssets().keySet());
        return new LinkTargets(files, site.pieces());
    }

    /** Renders one article page and its citation files; returns its body (for the feeds), or null when it failed. */
    private BodyMemo.Body renderArticle(Pages pages, Piece piece) {
        SourceLocation source = piece.article().source();
        try {
            BodyMemo.Body body = pages.views().body(piece, problems);
            ArticleView article = pages.views().article(piece, body.html());
            Map<String, Object> context = pages.context(pages.views().articlePage(piece, articleTrail(piece)), piece.path());
            context.put("article", article);
            CitationInput citation = pages.views().citation(piece);
            List<String> files = articleFiles(piece);
            PageReuse.ArticlePage input = new PageReuse.ArticlePage(piece, link -> false, ShownImages.inBody(piece, body.html()));
            pages.write(files.get(0), BibTex.entry(citation), input, List.of(), reuse);
            pages.write(files.get(1), Ris.entry(citation), input, List.of(), reuse);
            pages.render("article.peb", piece.path(), context, input, body.links(), reuse);
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

    /**
     * The theme's own files (stylesheets, fonts, icons) by site path, in path order: the templates
     * folder's, and the built-in theme's that the folder does not replace.
     */
    private Map<String, Path> themeAssets() {
        try {
            return theme.files().files(THEME_ASSETS);
        } catch (UncheckedIOException e) {
            problems.error(SourceLocation.file(themeLabel + "/" + THEME_ASSETS), "cannot read theme assets: " + e.getMessage(),
                    "check the folder's permissions");
            return Map.of();
        }
    }
}
