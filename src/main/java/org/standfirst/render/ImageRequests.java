package org.standfirst.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.SourceLocation;
import org.standfirst.render.image.SiteImages;
import org.standfirst.validate.UrlRules;

/**
 * Every raster image the site shows, by where it is shown, and an SVG favicon: what {@link SiteImages}
 * makes derivatives of.
 */
final class ImageRequests {
    private final Site site;
    private final Map<String, Path> assets = new HashMap<>();

    ImageRequests(Site site) {
        this.site = site;
        for (Site.Asset asset : site.assets()) assets.put(asset.sitePath(), asset.source());
    }

    /** The site path (no leading '/') of an image named relative to {@code pageSitePath}, or null for a URL. */
    static String sitePath(String pageSitePath, String path) {
        if (UrlRules.isHttpUrl(path) || path.startsWith("//")) return null;
        return path.startsWith("/") ? path.substring(1) : pageSitePath + path;
    }

    List<SiteImages.Request> all() {
        List<SiteImages.Request> out = new ArrayList<>();
        for (Piece piece : site.pieces()) {
            Article article = piece.article();
            if (article.image() != null) {
                add(out, sitePath(piece.path(), article.image().path()), article.file(), article.source(), "image",
                        SiteImages.Use.LEAD);
            }
        }
        for (Author author : site.authors()) {
            if (author.photo() == null || !author.hasProfile()) continue;
            String path = sitePath(SitePaths.author(author.id()), author.photo());
            Path file = path == null ? null : assets.get(path);
            if (file == null) continue;
            String relative = author.photo().startsWith("/") ? "static" + author.photo() : "authors/" + author.photo();
            Path profile = rootOf(file, relative).resolve(author.profile().path());
            add(out, path, profile, author.profile(), "photo", SiteImages.Use.SCALED);
        }
        SiteConfig.Identity identity = site.config().identity();
        Path root = contentRoot();
        Path siteYml = root == null ? null : root.resolve("site.yml");
        SourceLocation config = SourceLocation.file("site.yml");
        add(out, identity.logo().isEmpty() ? null : identity.logo(), siteYml, config, "logo", SiteImages.Use.SCALED);
        add(out, identity.favicon().isEmpty() ? null : identity.favicon(), siteYml, config, "favicon", SiteImages.Use.ICON);
        add(out, identity.shareImage().isEmpty() ? null : identity.shareImage(), siteYml, config, "share_image",
                SiteImages.Use.SHARE);
        // Any other raster file may be shown in a body: it gets scaled copies too.
        Set<String> named = new HashSet<>();
        out.forEach(request -> named.add(request.sitePath()));
        for (Site.Asset asset : site.assets()) {
            if (named.contains(asset.sitePath()) || !SiteImages.isRaster(asset.sitePath())) continue;
            Path file = asset.source().toAbsolutePath();
            SourceLocation at = SourceLocation.file(root != null && file.startsWith(root)
                    ? root.relativize(file).toString().replace('\\', '/') : asset.sitePath());
            out.add(new SiteImages.Request(asset.sitePath(), asset.source(), null, at, "", SiteImages.Use.SCALED));
        }
        return out;
    }

    /** The content folder, from any piece's file and its path in the folder; null without pieces. */
    private Path contentRoot() {
        if (site.pieces().isEmpty()) return null;
        Article article = site.pieces().get(0).article();
        return rootOf(article.file(), article.source().path());
    }

    private void add(List<SiteImages.Request> out, String sitePath, Path namedIn, SourceLocation at,
                     String key, SiteImages.Use use) {
        if (sitePath == null || !SiteImages.serves(sitePath, use)) return;
        Path file = assets.get(sitePath);
        if (file != null) out.add(new SiteImages.Request(sitePath, file, namedIn, at, key, use));
    }

    /** The content folder, from a file in it and that file's path relative to it. */
    private static Path rootOf(Path file, String relative) {
        Path root = file.toAbsolutePath();
        for (int i = relative.split("/").length; i > 0 && root.getParent() != null; i--) root = root.getParent();
        return root;
    }
}
