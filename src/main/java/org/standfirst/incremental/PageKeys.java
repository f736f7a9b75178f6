package org.standfirst.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.render.PageReuse;
import org.standfirst.render.ResolvedLink;
import org.standfirst.render.ShownImages;
import org.standfirst.render.Sitemap;
import org.standfirst.render.view.SiteView;

/**
 * The key of what each file is made from: a file whose key matches the last build's was made from
 * the same input and need not be made again. A page's key covers its template (with every template
 * it uses), what every page shows of the site (settings, navigation), and the pieces the page shows:
 * for an article its own piece, its neighbours and its related pieces; for a listing page the pieces
 * on that page. Standfirst itself is not in the keys: a cache of another Standfirst is emptied whole.
 *
 * <p>A piece is keyed by its whole model record (the front matter as read, its body's digest, its
 * authors', regions' and topics' profiles), so any change a template could show changes the key. The
 * article's part is the digest it was validated with ({@link Article#digest()}). Body links are not
 * in the key: they depend on which pages exist, and are resolved again before a page is kept.
 */
final class PageKeys {
    private final TemplateDigests templates;
    /** When the build started; see {@link FileTimes}. */
    private final Instant start;
    private final ShownImages images;
    private final byte[] siteWide;
    private final byte[] regions;
    private final byte[][] pieces;
    /** The keys of the site's authors, regions and topics, by identity; read-only once made. */
    private final Map<Object, byte[]> profiles = new IdentityHashMap<>();

    /**
     * @param images what pages show of the images: those of every page in {@link #siteWide}, a lead
     *               image with its piece, and a body's images with the page that shows the body
     */
    PageKeys(Site site, SiteView siteView, ShownImages images, TemplateDigests templates, Instant start) {
        this.templates = templates;
        this.start = start;
        this.images = images;
        this.siteWide = CacheKey.of("site").record(site.config()).record(siteView).text(images.siteWide()).digest();
        CacheKey regionTree = CacheKey.of("regions");
        site.regions().forEach(regionTree::record);
        this.regions = regionTree.digest();
        // Profiles (with their bios) are keyed once each, not once for every piece that names them.
        for (List<? extends Record> named : List.of(site.authors(), site.regions(), site.topics())) {
            for (Record profile : named) profiles.put(profile, profile(profile));
        }
        this.pieces = new byte[site.pieces().size()][];
        site.pieces().parallelStream().forEach(p -> pieces[p.index()] = piece(p));
    }

    /**
     * The key of {@code input}, made for the file at {@code sitePath} (the first of the files it makes); a
     * search index part's is {@link #searchPart}, which needs no PageKeys.
     */
    String of(PageReuse.Input input, String sitePath, Site site, String[] feedEntries) {
        if (input instanceof PageReuse.ArticlePage page) return article(site, page.piece(), page.bodyImages());
        if (input instanceof PageReuse.ListingPage page) return listingPage(page, sitePath);
        if (input instanceof PageReuse.Feed feed) return feed(feed, sitePath, feedEntries);
        if (input instanceof PageReuse.SitemapFiles sitemap) return sitemap(sitemap);
        if (input instanceof PageReuse.Copy copy) return copy(copy.source());
        throw new IllegalArgumentException("no key for " + input.getClass().getSimpleName());
    }

    /** A search index part's key: its site path and what it holds, nothing of the site (see {@link KeptPages#keep}). */
    static String searchPart(PageReuse.SearchIndexPart part, String sitePath) {
        return CacheKey.of("search-part").text(sitePath).text(part.content()).hex();
    }

    private CacheKey start(String kind, String template, String sitePath) {
        return CacheKey.of(kind).bytes(siteWide).text(template.isEmpty() ? "" : templates.of(template)).text(sitePath);
    }

    /** An article page's key, with the images its body shows ({@link ShownImages#inBody}). */
    String article(Site site, Piece piece, List<String> bodyImages) {
        CacheKey key = start("article", "article.peb", piece.path()).text(images.of(bodyImages));
        List<Piece> all = site.pieces();
        int index = piece.index();
        key.bytes(pieces[index]);
        key.bytes(index + 1 < all.size() ? pieces[index + 1] : new byte[0]);
        key.bytes(index > 0 ? pieces[index - 1] : new byte[0]);
        for (int related : site.related().get(index)) key.bytes(pieces[related]);
        return key.hex();
    }

    /**
     * The article's key with how its body links resolved: what feeds, which carry whole bodies,
     * depend on. The links as written follow from the body, which the article's key covers; so only
     * the links written otherwise (to a page, or not at all) are added, by position.
     */
    static String withLinks(String article, List<ResolvedLink> links) {
        CacheKey key = CacheKey.of("article-links").text(article);
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).unchanged()) key.number(i).text(links.get(i).result());
        }
        return key.hex();
    }

    private String listingPage(PageReuse.ListingPage page, String sitePath) {
        CacheKey key = start("listing", page.template(), sitePath)
                .text(page.listing().kind().name()).text(page.listing().id()).text(page.listing().name())
                .number(page.listing().pieces().size()).number(page.number()).number(page.total())
                .bytes(regions);
        key.bytes(page.author() == null ? new byte[0] : profileOf(page.author()));
        for (Piece piece : page.onPage()) key.bytes(pieces[piece.index()]);
        return key.hex();
    }

    /** A feed, from its entries' article keys with their links ({@link #withLinks}), by piece index. */
    private String feed(PageReuse.Feed feed, String sitePath, String[] entries) {
        CacheKey key = start("feed", "", sitePath).text(feed.title()).text(feed.pagePath());
        for (Piece piece : feed.entries()) key.text(String.valueOf(entries[piece.index()]));
        return key.hex();
    }

    /**
     * The search index, from every piece in the site's order (which numbers them), with the region
     * tree the facets roll up to and the site's settings (its language dates the results).
     */
    private String sitemap(PageReuse.SitemapFiles sitemap) {
        CacheKey key = start("sitemap", "", "").text(sitemap.baseUrl());
        for (Sitemap.Url url : sitemap.urls()) key.record(url);
        return key.hex();
    }

    /**
     * A copied file, by its source's path, size and modification time; none for a source modified in
     * this build's tick, which may change again unseen (copying it again writes nothing when its
     * bytes are those of the output's copy).
     */
    private String copy(Path source) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            if (!FileTimes.settled(attributes.lastModifiedTime().toInstant(), start)) return "";
            return CacheKey.of("copy").text(source.toAbsolutePath().normalize().toString())
                    .number(attributes.size()).number(attributes.lastModifiedTime().toInstant().getEpochSecond())
                    .number(attributes.lastModifiedTime().toInstant().getNano()).hex();
        } catch (IOException e) {
            return ""; // never matches: the copy itself will report what is wrong
        }
    }

    /** Everything about a piece a page could show, but not its position in the archive. */
    private byte[] piece(Piece piece) {
        Article article = piece.article();
        CacheKey key = CacheKey.of("piece")
                .text(article.digest().isEmpty() ? ValidatedArticles.digested(article).digest() : article.digest())
                .text(piece.path()).text(piece.typeId()).text(piece.type()).text(images.lead(piece));
        for (List<? extends Record> named : List.of(piece.authors(), piece.regions(), piece.topics())) {
            key.number(named.size());
            for (Record profile : named) key.bytes(profileOf(profile));
        }
        return key.digest();
    }

    private byte[] profileOf(Record profile) {
        byte[] known = profiles.get(profile);
        return known != null ? known : profile(profile);
    }

    private static byte[] profile(Record profile) {
        return CacheKey.of("profile").record(profile).digest();
    }
}
