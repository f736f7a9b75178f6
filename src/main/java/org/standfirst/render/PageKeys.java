package org.standfirst.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.standfirst.Digests;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;

/**
 * What each page is made from, as a digest: a page whose digest matches the previous build's was
 * made from the same input and need not be rendered again. A page's digest covers its template
 * (with everything the template uses), the site-wide data every page shows (settings, navigation),
 * Standfirst itself, and the pieces the page shows — its own piece and, for an article, its
 * neighbours and related pieces; for a listing page, the pieces on that page.
 *
 * <p>A piece is digested from its whole model record (the front matter as read, its body's digest,
 * its authors' and regions' profiles), so any change a template could show changes the digest. The
 * article's part is the digest it was read with ({@link Article#digest()}), kept in the build cache.
 * Body links are not part of the digest: they depend on which pages exist, and are checked by
 * resolving them again when what they can lead to has changed (see {@link PageIndex.Entry#links()}).
 */
final class PageKeys {
    private final String global;
    private final String regions;
    private final TemplateDigests templates;
    private final byte[][] pieces;

    /** @param code which Standfirst is running; {@code siteWide} what every page shows (settings, navigation) */
    PageKeys(Site site, String code, String siteWide, TemplateDigests templates) {
        this.templates = templates;
        this.global = hex(code, siteWide, site.config().toString());
        this.regions = hex(site.regions().toString());
        this.pieces = new byte[site.pieces().size()][];
        // Profiles (with their bios) are digested once each, not once for every piece that names them.
        for (List<?> profiles : List.of(site.authors(), site.regions(), site.topics())) {
            for (Object profile : profiles) this.profiles.put(profile, digestOf(profile.toString()));
        }
        site.pieces().parallelStream().forEach(p -> pieces[p.index()] = digest(p));
    }

    /** Digests of the site's authors, regions and topics, by identity; read-only once made. */
    private final java.util.IdentityHashMap<Object, byte[]> profiles = new java.util.IdentityHashMap<>();

    /** An article page (and its citation files), before its body links are checked. */
    String article(Site site, Piece piece) {
        MessageDigest digest = start("article", templates.of("article.peb"), piece.path());
        List<Piece> all = site.pieces();
        int index = piece.index();
        digest.update(pieces[index]);
        digest.update(index + 1 < all.size() ? pieces[index + 1] : new byte[1]);
        digest.update(index > 0 ? pieces[index - 1] : new byte[1]);
        for (int related : site.related().get(index)) digest.update(pieces[related]);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The article's digest with how its body links resolved: what feeds showing its body depend on.
     * The links as written follow from the body, which the article's digest covers; so only the links
     * written otherwise (to a page, or not at all) are added, by position.
     */
    static String withLinks(String article, List<BodyLinks.Resolved> links) {
        MessageDigest digest = Digests.sha256();
        update(digest, article);
        for (int i = 0; i < links.size(); i++) {
            BodyLinks.Resolved link = links.get(i);
            if (link.result().equals(link.url())) continue;
            update(digest, Integer.toString(i));
            update(digest, link.result());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Page {@code n} of {@code total} of a listing; {@code author} for an author's listing, else null. */
    String listingPage(Listing listing, String template, int n, int total, List<Piece> onPage, Author author) {
        MessageDigest digest = start("listing", templates.of(template), listing.path());
        update(digest, listing.kind() + "\n" + listing.id() + "\n" + listing.name() + "\n" + listing.pieces().size()
                + "\n" + n + "/" + total);
        update(digest, regions);
        if (author == null) {
            digest.update((byte) 0);
        } else { // the profile's digest, made once, not its whole bio again for every page of the listing
            byte[] known = profiles.get(author);
            digest.update((byte) 1);
            digest.update(known != null ? known : digestOf(author.toString()));
        }
        for (Piece piece : onPage) digest.update(pieces[piece.index()]);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A feed, from its entries' article digests (with their links: feeds carry whole bodies). */
    String feed(String path, String title, String pagePath, List<String> entries) {
        MessageDigest digest = start("feed", "", path);
        update(digest, title);
        update(digest, pagePath);
        for (String entry : entries) update(digest, entry);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The sitemap, from its addresses and their dates. */
    String sitemap(String baseUrl, List<Sitemap.Url> urls) {
        MessageDigest digest = start("sitemap", "", SitePaths.SITEMAP);
        update(digest, baseUrl);
        for (Sitemap.Url url : urls) {
            update(digest, url.sitePath());
            update(digest, url.lastmod());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A copied file, by its source's path, size and modification time. */
    static String asset(Path source) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return hex("asset", source.toAbsolutePath().normalize().toString(), Long.toString(attributes.size()),
                    attributes.lastModifiedTime().toInstant().toString());
        } catch (IOException e) {
            return ""; // never matches: the copy itself will report what is wrong
        }
    }

    private MessageDigest start(String kind, String template, String path) {
        MessageDigest digest = Digests.sha256();
        update(digest, global);
        update(digest, kind);
        update(digest, template);
        update(digest, path);
        return digest;
    }

    /** Everything about a piece a page could show, but not its position in the archive. */
    private byte[] digest(Piece piece) {
        MessageDigest digest = Digests.sha256();
        Article article = piece.article();
        update(digest, article.digest().isEmpty() ? article.toString() : article.digest());
        update(digest, piece.path());
        update(digest, piece.typeId());
        update(digest, piece.type());
        for (List<?> named : List.of(piece.authors(), piece.regions(), piece.topics())) {
            for (Object profile : named) {
                byte[] known = profiles.get(profile);
                digest.update(known != null ? known : digestOf(profile.toString()));
            }
            digest.update((byte) 1); // the end of one list, so [a, b][] and [a][b] differ
        }
        return digest.digest();
    }

    private static byte[] digestOf(String text) {
        return Digests.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String... parts) {
        MessageDigest digest = Digests.sha256();
        for (String part : parts) update(digest, part);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

}
