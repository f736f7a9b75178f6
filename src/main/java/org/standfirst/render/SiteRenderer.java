package org.standfirst.render;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.standfirst.assemble.Pagination;
import org.standfirst.assemble.SiteInventory;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;
import org.standfirst.render.view.IndexEntry;
import org.standfirst.render.view.IndexGroup;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.ListingView;
import org.standfirst.render.view.PaginationView;

/**
 * The render stage: every page of the site, rendered with the theme and handed to a {@link PageSink}.
 * Articles render in parallel; a page that fails becomes a problem, never a half-written site.
 */
public final class SiteRenderer {
    /** Theme files copied to the site as they are (stylesheets, fonts, icons). */
    public static final String THEME_ASSETS = "assets";

    private final ThemeEngine theme;
    private final String themeLabel;
    private final Problems problems;

    /** @param themeLabel how problems name the templates folder, e.g. "templates" */
    public SiteRenderer(ThemeEngine theme, String themeLabel, Problems problems) {
        this.theme = theme;
        this.themeLabel = themeLabel;
        this.problems = problems;
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
                report(problem.get());
                ok = false;
            }
        }
        return ok;
    }

    /** Renders every page into the sink; returns the number of pages. */
    public int render(Site site, PageSink sink) {
        ViewFactory views = new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), linkTargets(site));
        AtomicInteger pages = new AtomicInteger();
        Consumer<RenderedPage> out = page -> {
            sink.page(page.sitePath, page.html);
            pages.incrementAndGet();
        };
        site.pieces().parallelStream().forEach(piece -> renderArticle(views, piece).ifPresent(out));

        List<Runnable> listings = new ArrayList<>();
        site.regionListings().forEach(l -> listings.add(() -> renderListing(views, site, l, "region.peb", out)));
        site.authorListings().forEach(l -> listings.add(() -> renderListing(views, site, l, "author.peb", out)));
        for (var group : List.of(site.topicListings(), site.typeListings(), site.yearListings())) {
            group.forEach(l -> listings.add(() -> renderListing(views, site, l, "listing.peb", out)));
        }
        listings.parallelStream().forEach(Runnable::run);
        renderIndexes(views, site, out);

        for (Site.Asset asset : site.assets()) sink.copy(asset.sitePath(), asset.source());
        copyThemeAssets(sink);
        return pages.get();
    }

    private record RenderedPage(String sitePath, String html) {
    }

    /** What body links may point at: every file of the site, and each piece's page by its source. */
    private ViewFactory.LinkTargets linkTargets(Site site) {
        Set<String> files = new HashSet<>();
        for (SiteInventory.Entry entry : SiteInventory.of(site)) files.add(entry.file());
        files.addAll(themeAssets().keySet());
        Map<String, String> pageBySource = new HashMap<>();
        for (Piece piece : site.pieces()) pageBySource.put(piece.article().source().path(), SitePaths.file(piece.path()));
        return new ViewFactory.LinkTargets(files, pageBySource, problems);
    }

    private java.util.Optional<RenderedPage> renderArticle(ViewFactory views, Piece piece) {
        SourceLocation source = piece.article().source();
        try {
            Map<String, Object> context = context(views, views.page("article", piece.article().title(),
                    piece.article().summary(), piece.path(), articleTrail(piece)), piece.path());
            context.put("article", views.article(piece));
            return java.util.Optional.of(new RenderedPage(piece.path(), theme.render("article.peb", context)));
        } catch (TemplateProblem problem) {
            report(problem);
        } catch (StackOverflowError e) {
            problems.error(source.atLine(piece.article().bodyLine()), "the body is nested too deeply to render",
                    "flatten the deepest lists or block quotes");
        } catch (RuntimeException e) {
            problems.error(source.atLine(piece.article().bodyLine()), "cannot render the body: " + e.getMessage(),
                    "check the Markdown around this piece's body");
        }
        return java.util.Optional.empty();
    }

    private List<LinkView> articleTrail(Piece piece) {
        List<LinkView> trail = new ArrayList<>();
        trail.add(ViewFactory.home());
        trail.add(new LinkView(piece.type(), ViewFactory.url(SitePaths.type(piece.typeId()))));
        if (!piece.regions().isEmpty()) {
            Region first = piece.regions().get(0);
            trail.add(new LinkView(first.name(), ViewFactory.url(SitePaths.region(first.id()))));
        }
        return trail;
    }

    private void renderListing(ViewFactory views, Site site, Listing listing, String template,
                               Consumer<RenderedPage> out) {
        int size = site.config().pageSize();
        int total = Pagination.pageCount(listing.pieces().size(), size);
        LinkView parent = null;
        List<LinkView> children = List.of();
        String description = "";
        List<LinkView> trail = new ArrayList<>(List.of(ViewFactory.home()));
        String kind = listing.kind().name().toLowerCase(java.util.Locale.ROOT);
        Author author = null;
        switch (listing.kind()) {
            case REGION -> {
                Region region = regionById(site, listing.id());
                description = region.description();
                trail.add(new LinkView("Regions", ViewFactory.url(SitePaths.REGIONS)));
                List<Region> ancestors = ancestors(site, region);
                for (Region above : ancestors) trail.add(new LinkView(above.name(), ViewFactory.url(SitePaths.region(above.id()))));
                if (!ancestors.isEmpty()) parent = trail.get(trail.size() - 1);
                children = site.regions().stream().filter(r -> region.id().equals(r.parentId()))
                        .map(r -> new LinkView(r.name(), ViewFactory.url(SitePaths.region(r.id())))).toList();
            }
            case AUTHOR -> {
                author = site.authors().stream().filter(a -> a.id().equals(listing.id())).findFirst().orElseThrow();
                description = author.role();
                trail.add(new LinkView("Experts", ViewFactory.url(SitePaths.AUTHORS)));
            }
            case TOPIC -> trail.add(new LinkView("Topics", ViewFactory.url(SitePaths.TOPICS)));
            case YEAR -> trail.add(new LinkView("Archive", ViewFactory.url(SitePaths.ARCHIVE)));
            case TYPE -> { }
        }
        var profile = author == null ? null : views.profile(author);
        for (int n = 1; n <= total; n++) {
            String path = SitePaths.page(listing.path(), n);
            String title = n == 1 ? listing.name() : listing.name() + " (page " + n + " of " + total + ")";
            String summary = !description.isEmpty() ? description
                    : listing.pieces().size() + " pieces: " + listing.name();
            Map<String, Object> context = context(views, views.page(kind, title, summary, path,
                    n == 1 ? trail : withSelf(trail, listing)), path);
            context.put("listing", new ListingView(kind, listing.name(), description, parent, children,
                    views.summaries(Pagination.page(listing.pieces(), size, n)), listing.pieces().size(),
                    pagination(listing.path(), n, total), profile));
            renderPage(template, path, context, out);
        }
    }

    private static List<LinkView> withSelf(List<LinkView> trail, Listing listing) {
        List<LinkView> out = new ArrayList<>(trail);
        out.add(ViewFactory.link(listing));
        return out;
    }

    private static Region regionById(Site site, String id) {
        return site.regions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Region> ancestors(Site site, Region region) {
        List<Region> out = new ArrayList<>();
        Region current = region;
        while (current.parentId() != null && out.size() < site.regions().size()) {
            String parentId = current.parentId();
            current = site.regions().stream().filter(r -> r.id().equals(parentId)).findFirst().orElse(null);
            if (current == null) break;
            out.add(0, current);
        }
        return out;
    }

    static PaginationView pagination(String base, int current, int total) {
        List<PaginationView.PageLink> links = new ArrayList<>();
        for (int n = 1; n <= total; n++) links.add(new PaginationView.PageLink(n, ViewFactory.url(SitePaths.page(base, n)), n == current));
        return new PaginationView(current, total,
                current > 1 ? ViewFactory.url(SitePaths.page(base, current - 1)) : "",
                current < total ? ViewFactory.url(SitePaths.page(base, current + 1)) : "", links);
    }

    private void renderIndexes(ViewFactory views, Site site, Consumer<RenderedPage> out) {
        Map<String, Integer> regionCounts = new HashMap<>();
        site.regionListings().forEach(l -> regionCounts.put(l.id(), l.pieces().size()));
        List<IndexEntry> regionTree = regionEntries(site, null, regionCounts, 0);

        Map<String, Object> home = context(views, views.page("home", site.config().title(), site.config().tagline(),
                SitePaths.HOME, List.of()), SitePaths.HOME);
        home.put("latest", views.summaries(site.pieces().subList(0, Math.min(site.pieces().size(), site.config().pageSize()))));
        home.put("regions", regionTree);
        home.put("sections", entries(site.typeListings(), l -> ""));
        renderPage("home.peb", SitePaths.HOME, home, out);

        Map<String, Object> regions = context(views, views.page("regions", "Regions",
                "Every region and country covered in " + site.config().title(), SitePaths.REGIONS, List.of(ViewFactory.home())), SitePaths.REGIONS);
        regions.put("regions", regionTree);
        renderPage("regions.peb", SitePaths.REGIONS, regions, out);

        Map<String, Integer> authorCounts = new HashMap<>();
        site.authorListings().forEach(l -> authorCounts.put(l.id(), l.pieces().size()));
        List<IndexGroup> groups = new ArrayList<>();
        for (Author author : site.authors()) {
            String letter = author.sortName().isEmpty() ? "#" : author.sortName().substring(0, author.sortName().offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
            IndexEntry entry = new IndexEntry(author.name(), ViewFactory.url(SitePaths.author(author.id())), author.role(),
                    authorCounts.getOrDefault(author.id(), 0), List.of());
            if (groups.isEmpty() || !groups.get(groups.size() - 1).heading().equals(letter)) {
                groups.add(new IndexGroup(letter, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).entries().add(entry);
        }
        Map<String, Object> authors = context(views, views.page("authors", "Experts",
                "Everyone who writes for " + site.config().title(), SitePaths.AUTHORS, List.of(ViewFactory.home())), SitePaths.AUTHORS);
        authors.put("groups", groups.stream().map(g -> new IndexGroup(g.heading(), List.copyOf(g.entries()))).toList());
        renderPage("authors.peb", SitePaths.AUTHORS, authors, out);

        Map<String, Object> topics = context(views, views.page("topics", "Topics",
                "Every topic covered in " + site.config().title(), SitePaths.TOPICS, List.of(ViewFactory.home())), SitePaths.TOPICS);
        topics.put("topics", entries(site.topicListings(), l -> ""));
        renderPage("topics.peb", SitePaths.TOPICS, topics, out);

        Map<String, Object> archive = context(views, views.page("archive", "Archive",
                "Every piece in " + site.config().title() + " by year", SitePaths.ARCHIVE, List.of(ViewFactory.home())), SitePaths.ARCHIVE);
        archive.put("years", entries(site.yearListings(), l -> ""));
        archive.put("sections", entries(site.typeListings(), l -> ""));
        renderPage("archive.peb", SitePaths.ARCHIVE, archive, out);

        Map<String, Object> notFound = context(views, views.page("404", "Page not found",
                "There is no page at this address.", SitePaths.NOT_FOUND, List.of(ViewFactory.home())), SitePaths.NOT_FOUND);
        notFound.put(LinkFilter.ROOT_VARIABLE, notFoundRoot(site.config().baseUrl()));
        renderPage("404.peb", SitePaths.NOT_FOUND, notFound, out);
    }

    /**
     * Hosts serve 404.html at whatever address was missed, so its links cannot be relative: they
     * start from the base URL's path (or the domain root when none is configured).
     */
    private static String notFoundRoot(String baseUrl) {
        if (baseUrl.isEmpty()) return "/";
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    private List<IndexEntry> regionEntries(Site site, String parentId, Map<String, Integer> counts, int depth) {
        if (depth > site.regions().size()) return List.of();
        return site.regions().stream()
                .filter(r -> parentId == null ? isTopLevel(site, r) : parentId.equals(r.parentId()))
                .map(r -> new IndexEntry(r.name(), ViewFactory.url(SitePaths.region(r.id())), r.description(),
                        counts.getOrDefault(r.id(), 0), regionEntries(site, r.id(), counts, depth + 1)))
                .toList();
    }

    private static boolean isTopLevel(Site site, Region region) {
        return region.parentId() == null || site.regions().stream().noneMatch(r -> r.id().equals(region.parentId()));
    }

    private static List<IndexEntry> entries(List<Listing> listings, java.util.function.Function<Listing, String> note) {
        return listings.stream().map(l -> new IndexEntry(l.name(), ViewFactory.url(l.path()), note.apply(l),
                l.pieces().size(), List.of())).toList();
    }

    private void renderPage(String template, String path, Map<String, Object> context, Consumer<RenderedPage> out) {
        try {
            out.accept(new RenderedPage(path, theme.render(template, context)));
        } catch (TemplateProblem problem) {
            report(problem);
        }
    }

    private Map<String, Object> context(ViewFactory views, org.standfirst.render.view.PageView page, String sitePath) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", views.site());
        context.put("page", page);
        context.put(LinkFilter.ROOT_VARIABLE, rootFor(sitePath));
        return context;
    }

    /** "../" once per folder between the page and the site root. */
    static String rootFor(String sitePath) {
        String file = SitePaths.file(sitePath);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private void report(TemplateProblem problem) {
        problems.add(new Problem(Problem.Severity.ERROR, themeLabel + "/" + problem.template(), problem.line(), 0,
                problem.getMessage(), "fix the template (see the template variables in the README)"));
    }

    private void copyThemeAssets(PageSink sink) {
        themeAssets().forEach((sitePath, file) -> sink.copy(sitePath, file));
    }

    /** The theme's own files (stylesheets, fonts, icons) by site path, in path order. */
    private Map<String, Path> themeAssets() {
        Map<String, Path> out = new java.util.TreeMap<>();
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
