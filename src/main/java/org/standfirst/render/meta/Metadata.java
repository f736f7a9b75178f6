package org.standfirst.render.meta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.SiteConfig;
import org.standfirst.render.image.ImageSet;
import org.standfirst.render.view.MetaTag;

/**
 * Metadata for search engines, Google Scholar, citation managers and social sites. Fields whose
 * value is absent are left out rather than written empty; URLs are absolute or not written at all.
 */
public final class Metadata {
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    /** With seconds and the offset always written ("2024-02-07T12:00:00Z"), as Google's examples are. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /**
     * The time of day of a date given without one, in the site's time zone: noon, so that the day
     * stays the same wherever a reader or crawler converts it (every zone is within 14 hours).
     */
    public static final LocalTime TIME_OF_DAY = LocalTime.NOON;

    private final SiteConfig config;
    private final Urls urls;
    private final Function<String, ImageSet> images;
    private final ShareImages share;

    /** Metadata without image derivatives: images are named as written. */
    public Metadata(SiteConfig config) {
        this(config, sitePath -> null);
    }

    /** @param images the derivatives of an image by its site path (no leading '/'), or null */
    public Metadata(SiteConfig config, Function<String, ImageSet> images) {
        this.config = config;
        this.urls = new Urls(config.baseUrl());
        this.images = images;
        this.share = new ShareImages(config, urls, images);
    }

    /** A breadcrumb step: a name and a site path. */
    public record Crumb(String name, String sitePath) {
    }

    public String publisher() {
        return config.organisation().name().isEmpty() ? config.title() : config.organisation().name();
    }

    public static String language(SiteConfig config, Article article) {
        return article.extras().languageOr(config.language());
    }

    /** Google Scholar (Highwire) tags, then OpenGraph and Twitter card tags. */
    public List<MetaTag> articleTags(Piece piece) {
        Article article = piece.article();
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.name("citation_title", article.title()));
        for (Author author : piece.authors()) tags.add(MetaTag.name("citation_author", author.name()));
        tags.add(MetaTag.name("citation_publication_date", article.date().format(SCHOLAR_DATE)));
        tags.add(MetaTag.name("citation_online_date", article.date().format(SCHOLAR_DATE)));
        if (config.isReport(piece.typeId())) tags.add(MetaTag.name("citation_technical_report_institution", publisher()));
        tags.add(MetaTag.name("citation_publisher", publisher()));
        if (article.extras().pdf() != null && urls.known()) {
            tags.add(MetaTag.name("citation_pdf_url", urls.besidePage(piece.path(), article.extras().pdf().path())));
        }
        if (urls.known()) tags.add(MetaTag.name("citation_abstract_html_url", urls.absolute(piece.path())));
        tags.add(MetaTag.name("citation_language", language(config, article)));
        List<String> keywords = keywords(piece);
        if (!keywords.isEmpty()) tags.add(MetaTag.name("citation_keywords", String.join("; ", keywords)));

        ShareImages.Card card = share.of(piece);
        openGraph(tags, "article", article.title(), article.summary(), piece.path(), card);
        tags.add(MetaTag.property("article:published_time", published(article)));
        if (article.updated() != null) tags.add(MetaTag.property("article:modified_time", modified(article)));
        for (Author author : piece.authors()) {
            String url = urls.absolute(SitePaths.author(author.id()));
            tags.add(MetaTag.property("article:author", url.isEmpty() ? author.name() : url));
        }
        tags.add(MetaTag.property("article:section", piece.type()));
        for (String keyword : keywords) tags.add(MetaTag.property("article:tag", keyword));
        twitter(tags, article.title(), article.summary(), card);
        return tags;
    }

    /**
     * OpenGraph and Twitter tags for a page that is not an article: the home page, listings, indexes.
     *
     * @param type "website", or "profile" for an author's page
     */
    public List<MetaTag> pageTags(String type, String title, String description, String sitePath) {
        List<MetaTag> tags = new ArrayList<>();
        ShareImages.Card card = share.site();
        openGraph(tags, type, title, description, sitePath, card);
        twitter(tags, title, description, card);
        return tags;
    }

    private void openGraph(List<MetaTag> tags, String type, String title, String description, String sitePath,
                           ShareImages.Card card) {
        tags.add(MetaTag.property("og:type", type));
        tags.add(MetaTag.property("og:title", title));
        if (!description.isEmpty()) tags.add(MetaTag.property("og:description", description));
        tags.add(MetaTag.property("og:site_name", config.title()));
        tags.add(MetaTag.property("og:locale", locale(config.language())));
        if (urls.known()) tags.add(MetaTag.property("og:url", urls.absolute(sitePath)));
        if (card != null) {
            tags.add(MetaTag.property("og:image", card.url()));
            if (card.width() > 0) {
                tags.add(MetaTag.property("og:image:width", String.valueOf(card.width())));
                tags.add(MetaTag.property("og:image:height", String.valueOf(card.height())));
            }
            if (!card.alt().isEmpty()) tags.add(MetaTag.property("og:image:alt", card.alt()));
        }
    }

    private void twitter(List<MetaTag> tags, String title, String description, ShareImages.Card card) {
        tags.add(MetaTag.name("twitter:card", card == null ? "summary" : "summary_large_image"));
        String handle = ShareImages.twitterHandle(config.identity().social());
        if (!handle.isEmpty()) tags.add(MetaTag.name("twitter:site", handle));
        tags.add(MetaTag.name("twitter:title", title));
        if (!description.isEmpty()) tags.add(MetaTag.name("twitter:description", description));
        if (card != null) {
            tags.add(MetaTag.name("twitter:image", card.url()));
            if (!card.alt().isEmpty()) tags.add(MetaTag.name("twitter:image:alt", card.alt()));
        }
    }

    /** "en-GB" → "en_GB", as OpenGraph writes locales. */
    static String locale(String language) {
        String[] parts = language.split("-");
        return parts.length >= 2 && parts[parts.length - 1].length() == 2
                ? parts[0].toLowerCase(Locale.ROOT) + "_" + parts[parts.length - 1].toUpperCase(Locale.ROOT)
                : parts[0].toLowerCase(Locale.ROOT);
    }

    /** When the piece was published: its front matter's time, else its date at {@link #TIME_OF_DAY} in the site's zone. */
    public String published(Article article) {
        return article.time() != null ? INSTANT.format(article.time()) : atTimeOfDay(article.date());
    }

    /** When the piece was last changed: its {@code updated} date (at the time of day), else when it was published. */
    public String modified(Article article) {
        return article.updated() != null ? atTimeOfDay(article.updated()) : published(article);
    }

    private String atTimeOfDay(LocalDate date) {
        return INSTANT.format(ZonedDateTime.of(date, TIME_OF_DAY, config.identity().zone()));
    }

    /** A piece's keywords: its topics, then its regions. */
    public static List<String> keywords(Piece piece) {
        return Stream.concat(piece.topics().stream().map(t -> t.name()), piece.regions().stream().map(r -> r.name()))
                .distinct().toList();
    }


    /** schema.org for an article: the article itself and its breadcrumb trail. */
    public String articleJsonLd(Piece piece, List<Crumb> trail) {
        Article article = piece.article();
        Map<String, Object> node = node(config.schemaType(piece.typeId()));
        node.put("headline", article.title());
        if (!article.summary().isEmpty()) node.put("description", article.summary());
        List<String> pictures = share.crops(piece);
        if (!pictures.isEmpty()) node.put("image", pictures);
        node.put("datePublished", published(article));
        node.put("dateModified", modified(article));
        List<Object> authors = new ArrayList<>();
        for (Author author : piece.authors()) authors.add(person(author));
        if (!authors.isEmpty()) node.put("author", authors);
        node.put("publisher", organisation());
        List<Object> about = new ArrayList<>();
        piece.regions().forEach(r -> about.add(named("Place", r.name(), urls.absolute(SitePaths.region(r.id())))));
        piece.topics().forEach(t -> about.add(named("Thing", t.name(), urls.absolute(SitePaths.topic(t.id())))));
        if (!about.isEmpty()) node.put("about", about);
        List<String> keywords = keywords(piece);
        if (!keywords.isEmpty()) node.put("keywords", String.join(", ", keywords));
        node.put("inLanguage", language(config, article));
        node.put("articleSection", piece.type());
        if (article.extras().words() > 0) node.put("wordCount", article.extras().words());
        if (urls.known()) {
            node.put("url", urls.absolute(piece.path()));
            node.put("mainEntityOfPage", urls.absolute(piece.path()));
        }
        if (article.extras().correction() != null) {
            Map<String, Object> correction = node("CorrectionComment");
            correction.put("text", article.extras().correction().text());
            correction.put("datePublished", article.extras().correction().date().toString());
            node.put("correction", correction);
        }
        return graph(node, trail);
    }

    /** schema.org for a listing page: a collection of pieces. */
    public String collectionJsonLd(String name, String description, String sitePath, List<Crumb> trail) {
        Map<String, Object> node = node("CollectionPage");
        node.put("name", name);
        if (!description.isEmpty()) node.put("description", description);
        if (urls.known()) node.put("url", urls.absolute(sitePath));
        node.put("isPartOf", website());
        return graph(node, trail);
    }

    /** schema.org for an author page: a profile page whose subject is the person. */
    public String profileJsonLd(Author author, String photo, List<Crumb> trail) {
        Map<String, Object> node = node("ProfilePage");
        Map<String, Object> person = person(author);
        if (!photo.isEmpty() && urls.known()) person.put("image", urls.absolute(photo));
        node.put("mainEntity", person);
        if (urls.known()) node.put("url", urls.absolute(SitePaths.author(author.id())));
        return graph(node, trail);
    }

    /** schema.org for the home page: the website and its publisher. */
    public String websiteJsonLd() {
        Map<String, Object> node = website();
        if (!config.tagline().isEmpty()) node.put("description", config.tagline());
        node.put("inLanguage", config.language());
        node.put("publisher", organisation());
        return graph(node, List.of());
    }

    private Map<String, Object> website() {
        Map<String, Object> node = node("WebSite");
        node.put("name", config.title());
        if (urls.known()) node.put("url", urls.absolute(SitePaths.HOME));
        return node;
    }

    private Map<String, Object> person(Author author) {
        Map<String, Object> person = node("Person");
        person.put("name", author.name());
        String url = urls.absolute(SitePaths.author(author.id()));
        if (!url.isEmpty()) person.put("url", url);
        if (!author.role().isEmpty()) person.put("jobTitle", author.role());
        return person;
    }

    private Map<String, Object> organisation() {
        Map<String, Object> organisation = node("Organization");
        organisation.put("name", publisher());
        String url = config.organisation().url().isEmpty() ? urls.absolute(SitePaths.HOME) : config.organisation().url();
        if (!url.isEmpty()) organisation.put("url", url);
        ShareImages.Card logo = share.logo();
        if (logo != null) {
            Map<String, Object> image = node("ImageObject");
            image.put("url", logo.url());
            if (logo.width() > 0) {
                image.put("width", logo.width());
                image.put("height", logo.height());
            }
            organisation.put("logo", image);
        }
        if (!config.identity().social().isEmpty()) organisation.put("sameAs", config.identity().social());
        return organisation;
    }

    private static Map<String, Object> named(String type, String name, String url) {
        Map<String, Object> node = node(type);
        node.put("name", name);
        if (!url.isEmpty()) node.put("url", url);
        return node;
    }

    private String graph(Map<String, Object> main, List<Crumb> trail) {
        List<Object> graph = new ArrayList<>();
        graph.add(main);
        if (!trail.isEmpty()) {
            Map<String, Object> list = node("BreadcrumbList");
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < trail.size(); i++) {
                Map<String, Object> item = node("ListItem");
                item.put("position", i + 1);
                item.put("name", trail.get(i).name());
                String url = urls.absolute(trail.get(i).sitePath());
                if (!url.isEmpty()) item.put("item", url);
                items.add(item);
            }
            list.put("itemListElement", items);
            graph.add(list);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return Json.write(document);
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }
}
