package org.standfirst.render.meta;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.SiteConfig;
import org.standfirst.render.view.MetaTag;

/**
 * Metadata for search engines, Google Scholar, citation managers and social sites. Fields whose
 * value is absent are left out rather than written empty; URLs are absolute or not written at all.
 */
public final class Metadata {
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final SiteConfig config;
    private final Urls urls;

    public Metadata(SiteConfig config) {
        this.config = config;
        this.urls = new Urls(config.baseUrl());
    }

    /** A breadcrumb step: a name and a site path. */
    public record Crumb(String name, String sitePath) {
    }

    public String publisher() {
        return config.organisation().name().isEmpty() ? config.title() : config.organisation().name();
    }

    public static String language(SiteConfig config, Article article) {
        return article.extras().lang().isEmpty() ? config.language() : article.extras().lang();
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

        tags.add(MetaTag.property("og:type", "article"));
        tags.add(MetaTag.property("og:title", article.title()));
        if (!article.summary().isEmpty()) tags.add(MetaTag.property("og:description", article.summary()));
        tags.add(MetaTag.property("og:site_name", config.title()));
        if (urls.known()) tags.add(MetaTag.property("og:url", urls.absolute(piece.path())));
        String image = imageUrl(piece);
        if (!image.isEmpty()) {
            tags.add(MetaTag.property("og:image", image));
            if (!article.image().alt().isEmpty()) tags.add(MetaTag.property("og:image:alt", article.image().alt()));
        }
        tags.add(MetaTag.property("article:published_time", article.date().toString()));
        if (article.updated() != null) tags.add(MetaTag.property("article:modified_time", article.updated().toString()));
        for (Author author : piece.authors()) {
            String url = urls.absolute(SitePaths.author(author.id()));
            tags.add(MetaTag.property("article:author", url.isEmpty() ? author.name() : url));
        }
        tags.add(MetaTag.property("article:section", piece.type()));
        for (String keyword : keywords) tags.add(MetaTag.property("article:tag", keyword));
        tags.add(MetaTag.name("twitter:card", image.isEmpty() ? "summary" : "summary_large_image"));
        tags.add(MetaTag.name("twitter:title", article.title()));
        if (!article.summary().isEmpty()) tags.add(MetaTag.name("twitter:description", article.summary()));
        if (!image.isEmpty()) tags.add(MetaTag.name("twitter:image", image));
        return tags;
    }

    /** A piece's keywords: its topics, then its regions. */
    public static List<String> keywords(Piece piece) {
        return Stream.concat(piece.topics().stream().map(t -> t.name()), piece.regions().stream().map(r -> r.name()))
                .distinct().toList();
    }

    private String imageUrl(Piece piece) {
        Article.Image image = piece.article().image();
        return image == null ? "" : urls.besidePage(piece.path(), image.path());
    }

    /** schema.org for an article: the article itself and its breadcrumb trail. */
    public String articleJsonLd(Piece piece, List<Crumb> trail) {
        Article article = piece.article();
        Map<String, Object> node = node(config.schemaType(piece.typeId()));
        node.put("headline", article.title());
        if (!article.summary().isEmpty()) node.put("description", article.summary());
        String image = imageUrl(piece);
        if (!image.isEmpty()) node.put("image", List.of(image));
        node.put("datePublished", article.time() != null ? article.time().toString() : article.date().toString());
        node.put("dateModified", article.updated() != null ? article.updated().toString() : article.date().toString());
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
