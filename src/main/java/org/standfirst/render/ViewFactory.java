package org.standfirst.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.standfirst.assemble.SitePaths;
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
import org.standfirst.render.view.PageView;
import org.standfirst.render.view.PieceSummary;
import org.standfirst.render.view.SiteView;
import org.standfirst.validate.MarkdownText;

/** Builds the view records templates see from the site model. Summaries are made once per piece. */
final class ViewFactory {
    private final Site site;
    private final MarkdownRenderer markdown;
    private final DateTimeFormatter displayDate;
    private final PieceSummary[] summaries;
    private final SiteView siteView;
    private final LinkTargets targets;

    /** Where body links may lead, and where to report those that lead nowhere. */
    record LinkTargets(java.util.Set<String> files, java.util.Map<String, String> pageBySource,
                       org.standfirst.model.Problems problems) {
    }

    ViewFactory(Site site, MarkdownRenderer markdown, LinkTargets targets) {
        this.site = site;
        this.markdown = markdown;
        this.targets = targets;
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

    PageView page(String kind, String title, String description, String sitePath, List<LinkView> breadcrumbs) {
        String base = site.config().baseUrl();
        String canonical = base.isEmpty() ? "" : base + LinkFilter.encode(sitePath);
        return new PageView(kind, title, description, url(sitePath), canonical, List.copyOf(breadcrumbs));
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
                    regionLinks(piece.regions()), article.summary());
            summaries[piece.index()] = made;
        }
        return made;
    }

    List<PieceSummary> summaries(List<Piece> pieces) {
        List<PieceSummary> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) out.add(summary(piece));
        return out;
    }

    ArticleView article(Piece piece) {
        Article article = piece.article();
        List<Piece> all = site.pieces();
        int index = piece.index();
        PieceSummary older = index + 1 < all.size() ? summary(all.get(index + 1)) : null;
        PieceSummary newer = index > 0 ? summary(all.get(index - 1)) : null;
        List<PieceSummary> related = site.related().get(index).stream().map(i -> summary(all.get(i))).toList();
        ImageView image = article.image() == null ? null : new ImageView(imageUrl(piece, article.image().path()),
                article.image().alt(), article.image().caption(), article.image().credit());
        return new ArticleView(article.title(), article.summary(), piece.type(), url(SitePaths.type(piece.typeId())),
                display(article.date()), article.date().toString(), display(article.updated()),
                article.updated() == null ? "" : article.updated().toString(),
                regionLinks(piece.regions()),
                piece.topics().stream().map(t -> new LinkView(t.name(), url(SitePaths.topic(t.id())))).toList(),
                image, markdown.render(article.body(),
                        new BodyLinks(piece, targets.files(), targets.pageBySource(), targets.problems())),
                piece.authors().stream().map(this::card).toList(), older, newer, related);
    }

    private static String imageUrl(Piece piece, String path) {
        if (path.startsWith("/") || path.startsWith("http://") || path.startsWith("https://")) return path;
        return url(piece.path() + path);
    }

    private AuthorCard card(Author author) {
        String bio = author.bio().isEmpty() ? "" : markdown.render(MarkdownText.firstParagraphMarkdown(author.bio()));
        return new AuthorCard(author.name(), url(SitePaths.author(author.id())), author.role(), bio, author.hasProfile());
    }

    AuthorProfile profile(Author author) {
        String photo = author.photo() == null ? ""
                : author.photo().startsWith("/") || author.photo().startsWith("http") ? author.photo()
                : url(SitePaths.author(author.id()) + author.photo());
        return new AuthorProfile(author.name(), author.role(), photo, initials(author.name()),
                author.bio().isEmpty() ? "" : markdown.render(author.bio()), author.hasProfile());
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        out.appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) out.appendCodePoint(words[words.length - 1].codePointAt(0));
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private List<LinkView> regionLinks(List<Region> regions) {
        return regions.stream().map(r -> new LinkView(r.name(), url(SitePaths.region(r.id())))).toList();
    }

    static LinkView link(Listing listing) {
        return new LinkView(listing.name(), url(listing.path()));
    }

    private static SiteView siteView(Site site) {
        SiteConfig config = site.config();
        return new SiteView(config.title(), config.tagline(), config.language(), config.organisation().name(),
                config.organisation().url(), config.newsletterUrl(), config.supportUrl(), config.baseUrl(),
                site.typeListings().stream().map(ViewFactory::link).toList(),
                site.regions().stream().filter(r -> r.parentId() == null || site.regions().stream()
                                .noneMatch(p -> p.id().equals(r.parentId())))
                        .map(r -> new LinkView(r.name(), url(SitePaths.region(r.id())))).toList());
    }
}
