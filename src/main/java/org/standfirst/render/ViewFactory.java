package org.standfirst.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.model.Problems;
import org.standfirst.assemble.SitePaths;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.SiteConfig;
import org.standfirst.render.view.ArticleView;
import org.standfirst.render.view.AuthorCard;
import org.standfirst.render.view.AuthorProfile;
import org.standfirst.render.view.ImageView;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.MetaTag;
import org.standfirst.render.view.PageView;
import org.standfirst.render.view.PieceSummary;
import org.standfirst.render.view.SiteView;
import org.standfirst.render.cite.CitationInput;
import org.standfirst.render.image.ImageMemo;
import org.standfirst.render.image.ImageSet;
import org.standfirst.render.image.SiteImages;
import org.standfirst.render.cite.Citations;
import org.standfirst.render.cite.FormattedCitation;
import org.standfirst.render.meta.Languages;
import org.standfirst.render.meta.Metadata;
import org.standfirst.render.meta.Urls;
import org.standfirst.validate.MarkdownText;
import org.standfirst.validate.UrlRules;

/** Builds the view records templates see from the site model. Summaries are made once per piece. */
final class ViewFactory {
    /** A common reading speed for analytical prose. */
    private static final int WORDS_PER_MINUTE = 230;

    private final Site site;
    private final MarkdownRenderer markdown;
    private final DateTimeFormatter displayDate;
    private final PieceSummary[] summaries;
    private final SiteView siteView;
    private final LinkTargets targets;
    private final BodyMemo bodies;
    private final Metadata metadata;
    private final Urls urls;
    private final Map<Author, AuthorCard> cards = new ConcurrentHashMap<>();
    private final SiteImages images;

    /** A factory for a site without image derivatives (tests of other things). */
    ViewFactory(Site site, MarkdownRenderer markdown, LinkTargets targets, BodyMemo bodies) {
        this(site, markdown, targets, bodies, new SiteImages(ImageMemo.NONE, new Problems()));
    }

    /** @param images the derivatives made of the site's images, before any page renders */
    ViewFactory(Site site, MarkdownRenderer markdown, LinkTargets targets, BodyMemo bodies, SiteImages images) {
        this.site = site;
        this.images = images;
        this.bodies = bodies;
        this.markdown = markdown;
        this.targets = targets;
        this.metadata = new Metadata(site.config(), images::get);
        this.urls = new Urls(site.config().baseUrl());
        this.displayDate = DateTimeFormatter.ofPattern("d MMMM yyyy", site.config().locale());
        this.summaries = new PieceSummary[site.pieces().size()];
        this.siteView = siteView(site);
    }

    SiteView site() {
        return siteView;
    }

    static String url(String sitePath) {
        return "/" + sitePath;
    }

    String display(LocalDate date) {
        return date == null ? "" : displayDate.format(date);
    }

    /** A page that is not an article: a listing, an index, the home page. */
    PageView page(String kind, String title, String description, String sitePath, List<LinkView> breadcrumbs,
                  String jsonLd, List<LinkView> feeds) {
        String language = site.config().language();
        // The 404 page is served at any address: it is no page of its own to share or index.
        List<MetaTag> tags = kind.equals("404") ? List.of()
                : metadata.pageTags(kind.equals("author") ? "profile" : "website", kind.equals("home") ? site.config().title() : title,
                        description, sitePath);
        return new PageView(kind, title, description, url(sitePath), kind.equals("404") ? "" : urls.absolute(sitePath),
                List.copyOf(breadcrumbs), language, Languages.direction(language), tags, jsonLd, feeds, section(kind, sitePath));
    }

    PageView articlePage(Piece piece, List<LinkView> breadcrumbs) {
        Article article = piece.article();
        String language = Metadata.language(site.config(), article);
        return new PageView("article", article.title(), article.summary(), url(piece.path()), urls.absolute(piece.path()),
                List.copyOf(breadcrumbs), language, Languages.direction(language), metadata.articleTags(piece),
                metadata.articleJsonLd(piece, crumbs(breadcrumbs, article.title(), piece.path())),
                feeds(SitePaths.type(piece.typeId()), piece.type()), url(SitePaths.type(piece.typeId())));
    }

    /** The navigation section a page of this kind lies in; see {@link PageView#section()}. */
    static String section(String kind, String sitePath) {
        return switch (kind) {
            case "region", "regions" -> url(SitePaths.REGIONS);
            case "author", "authors" -> url(SitePaths.AUTHORS);
            case "topic", "topics" -> url(SitePaths.TOPICS);
            case "year", "archive" -> url(SitePaths.ARCHIVE);
            case "type" -> url(sitePath.substring(0, sitePath.indexOf('/') + 1));
            default -> "";
        };
    }

    Metadata metadata() {
        return metadata;
    }

    /** The breadcrumb trail as JSON-LD wants it: every step, this page included. */
    static List<Metadata.Crumb> crumbs(List<LinkView> breadcrumbs, String title, String sitePath) {
        List<Metadata.Crumb> out = new ArrayList<>();
        for (LinkView crumb : breadcrumbs) out.add(new Metadata.Crumb(crumb.name(), crumb.url()));
        out.add(new Metadata.Crumb(title, sitePath));
        return out;
    }

    /** The site's feed, and a listing's own when given; none without a base URL (feeds need absolute links). */
    List<LinkView> feeds(String listingPath, String listingName) {
        if (!urls.known()) return List.of();
        List<LinkView> feeds = new ArrayList<>();
        feeds.add(new LinkView(site.config().title(), url(SitePaths.FEED)));
        if (listingPath != null) feeds.add(new LinkView(listingName + " — " + site.config().title(), url(SitePaths.feed(listingPath))));
        return feeds;
    }

    static String readingTime(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE) + " min read";
    }

    /** "540 KB", "1.2 MB". */
    static String size(long bytes) {
        if (bytes < 999_500) return Math.max(1, Math.round(bytes / 1000.0)) + " KB"; // what rounds to 1000 KB reads as 1.0 MB
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    static LinkView home() {
        return new LinkView("Home", "/");
    }

    synchronized PieceSummary summary(Piece piece) {
        PieceSummary made = summaries[piece.index()];
        if (made == null) {
            Article article = piece.article();
            made = new PieceSummary(article.title(), url(piece.path()), piece.type(),
                    url(SitePaths.type(piece.typeId())), display(article.date()), article.date().toString(),
                    piece.authors().stream().limit(PieceSummary.AUTHORS_SHOWN)
                            .map(a -> new LinkView(a.name(), url(SitePaths.author(a.id())))).toList(),
                    Math.max(0, piece.authors().size() - PieceSummary.AUTHORS_SHOWN),
                    regionLinks(piece.regions()), article.summary(), readingTime(article.extras().words()),
                    leadImage(piece));
            summaries[piece.index()] = made;
        }
        return made;
    }

    List<PieceSummary> summaries(List<Piece> pieces) {
        List<PieceSummary> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) out.add(summary(piece));
        return out;
    }

    /**
     * The piece's rendered body, its links checked (problems go to {@code problems}): recalled when
     * every link resolves as it did, else rendered and remembered.
     */
    BodyMemo.Body body(Piece piece, Problems problems) {
        BodyMemo.Input input = bodyInput(piece);
        BodyLinks check = new BodyLinks(piece, targets, problems);
        Optional<BodyMemo.Body> recalled = bodies.recall(input, links -> links.stream()
                .allMatch(link -> check.resolve(link.url(), link.line()).equals(link.result())));
        if (recalled.isPresent()) return recalled.get();
        BodyLinks rendering = new BodyLinks(piece, targets, problems);
        String text = body(piece.article());
        BodyMemo.Body body = new BodyMemo.Body(markdown.render(text, rendering), rendering.resolved());
        bodies.remember(input, text, body);
        return body;
    }

    /** What the piece's body HTML is made from, besides its links. */
    BodyMemo.Input bodyInput(Piece piece) {
        return new BodyMemo.Input(piece.path(), piece.article().bodyDigest(), site.config().rawHtml());
    }

    LinkTargets targets() {
        return targets;
    }

    ArticleView article(Piece piece, String bodyHtml) {
        Article article = piece.article();
        List<Piece> all = site.pieces();
        int index = piece.index();
        PieceSummary older = index + 1 < all.size() ? summary(all.get(index + 1)) : null;
        PieceSummary newer = index > 0 ? summary(all.get(index - 1)) : null;
        List<PieceSummary> related = site.related().get(index).stream().map(i -> summary(all.get(i))).toList();
        ImageView image = leadImage(piece);
        // A standfirst taken from the body's first paragraph would show that paragraph twice: only listings and
        // descriptions use it then.
        String standfirst = article.extras().summaryFromBody() ? "" : article.summary();
        return new ArticleView(article.title(), standfirst, piece.type(), url(SitePaths.type(piece.typeId())),
                display(article.date()), article.date().toString(), display(article.updated()),
                article.updated() == null ? "" : article.updated().toString(),
                regionLinks(piece.regions()),
                piece.topics().stream().map(t -> new LinkView(t.name(), url(SitePaths.topic(t.id())))).toList(),
                image, BodyImages.responsive(bodyHtml, piece.path(), images::get), piece.authors().stream().map(this::card).toList(), older, newer, related,
                readingTime(article.extras().words()),
                article.extras().pdf() == null ? null : new ArticleView.Attachment(imageUrl(piece, article.extras().pdf().path()),
                        size(article.extras().pdf().bytes())),
                article.extras().correction() == null ? null : new ArticleView.Correction(
                        display(article.extras().correction().date()), article.extras().correction().date().toString(),
                        article.extras().correction().text()),
                cite(piece), article.extras().params());
    }

    /** The piece's lead image with its scaled copies, or null when it has none. */
    private ImageView leadImage(Piece piece) {
        Article.Image lead = piece.article().image();
        return lead == null ? null : image(piece.path(), lead.path(), lead.alt(), lead.caption(), lead.credit());
    }

    /** What the reference and the citation files are made from. */
    CitationInput citation(Piece piece) {
        Article article = piece.article();
        return new CitationInput(piece.authors().stream().map(a -> a.name()).toList(), article.title(), piece.type(),
                site.config().isReport(piece.typeId()), metadata.publisher(), article.date(), urls.absolute(piece.path()),
                article.summary(), Metadata.keywords(piece),
                Metadata.language(site.config(), article), article.slug());
    }

    private ArticleView.Cite cite(Piece piece) {
        FormattedCitation formatted = Citations.format(citation(piece), site.config().citationStyle());
        String style = site.config().citationStyle() == SiteConfig.CitationStyle.APA ? "APA" : "Chicago";
        return new ArticleView.Cite(formatted.parts().stream()
                .map(p -> new ArticleView.Cite.Part(p.text(), p.italic(), p.link())).toList(), style,
                url(SitePaths.citation(piece.path(), piece.article().slug(), "bib")),
                url(SitePaths.citation(piece.path(), piece.article().slug(), "ris")));
    }

    private static String body(Article article) {
        try {
            return ContentLoader.body(article.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String imageUrl(Piece piece, String path) {
        if (path.startsWith("/") || path.startsWith("http://") || path.startsWith("https://")) return path;
        return url(piece.path() + path);
    }

    /** Made once per author: the bio's Markdown is rendered once, not on every article page. */
    private AuthorCard card(Author author) {
        return cards.computeIfAbsent(author, a -> {
            String bio = a.bio().isEmpty() ? "" : markdown.render(MarkdownText.firstParagraphMarkdown(a.bio()));
            return new AuthorCard(a.name(), url(SitePaths.author(a.id())), a.role(), bio, a.hasProfile(), photo(a),
                    a.params());
        });
    }

    AuthorProfile profile(Author author) {
        String photo = author.photo() == null ? ""
                : author.photo().startsWith("/") || UrlRules.isHttpUrl(author.photo()) ? author.photo()
                : url(SitePaths.author(author.id()) + author.photo());
        return new AuthorProfile(author.name(), author.role(), photo, photo(author), initials(author.name()),
                author.bio().isEmpty() ? "" : markdown.render(author.bio()), author.hasProfile(), author.params());
    }

    /** An author's photo with its scaled copies, or null when the profile has none. */
    private ImageView photo(Author author) {
        if (author.photo() == null) return null;
        return image(SitePaths.author(author.id()), author.photo(), "Portrait of " + author.name(), "", "");
    }

    /**
     * An image named relative to the page at {@code pageSitePath}: its widest scaled copy with every
     * width for srcset, or the file itself when it has none (SVG, an external URL).
     */
    ImageView image(String pageSitePath, String path, String alt, String caption, String credit) {
        String sitePath = ImageRequests.sitePath(pageSitePath, path);
        ImageSet set = sitePath == null ? null : images.get(sitePath);
        if (set == null || set.largest() == null) {
            String plain = sitePath == null ? path : url(sitePath);
            return new ImageView(plain, alt, caption, credit, 0, 0, List.of());
        }
        ImageSet.Variant largest = set.largest();
        return new ImageView(url(largest.sitePath()), alt, caption, credit, largest.width(), largest.height(),
                set.widths().stream().map(v -> new ImageView.Source(url(v.sitePath()), v.width())).toList());
    }

    /** The derivatives of the image at {@code sitePath} (no leading '/'), or null. */
    ImageSet imageSet(String sitePath) {
        return sitePath == null ? null : images.get(sitePath);
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        out.appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) out.appendCodePoint(words[words.length - 1].codePointAt(0));
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private List<LinkView> regionLinks(List<Region> regions) {
        return regions.stream().map(r -> new LinkView(r.name(), url(SitePaths.region(r.id())))).toList();
    }

    static LinkView link(Listing listing) {
        return new LinkView(listing.name(), url(listing.path()));
    }

    private SiteView siteView(Site site) {
        SiteConfig config = site.config();
        return new SiteView(config.title(), config.tagline(), config.language(), config.organisation().name(),
                config.organisation().url(), config.newsletterUrl(), config.supportUrl(), config.baseUrl(),
                site.typeListings().stream().map(ViewFactory::link).toList(),
                site.topLevelRegions().stream().map(r -> new LinkView(r.name(), url(SitePaths.region(r.id())))).toList(),
                IdentityViews.of(site, images), config.params(), config.search());
    }
}
