package org.standfirst.render;

import java.util.List;
import java.util.TreeSet;
import org.standfirst.Digests;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.render.image.SiteImages;

/**
 * What pages show of the site's images (their derivatives' paths and sizes), split by who shows them,
 * for the keys that decide whether a page is made again. A piece's lead image belongs to the piece (its
 * page, and every listing and card that shows it); an image in a body belongs to the pages that show
 * that body; only the logo, the favicon, the share image and the authors' photos concern every page.
 * So a replaced photo makes again the pages that show it, not the whole site.
 */
public final class ShownImages {
    private final SiteImages images;
    private final String siteWide;

    ShownImages(Site site, SiteImages images) {
        this.images = images;
        this.siteWide = siteWide(site, images);
    }

    /** Of the images any page may show (the logo, the favicon, the share image, the authors' photos), a digest. */
    public String siteWide() {
        return siteWide;
    }

    /** What the pages showing {@code piece} show of its lead image; "" when it has none. */
    public String lead(Piece piece) {
        Article.Image lead = piece.article().image();
        return lead == null ? "" : images.shown(ImageRequests.sitePath(piece.path(), lead.path()));
    }

    /** What a body shows of the images at {@code sitePaths} (see {@link #inBody}), in their order. */
    public String of(List<String> sitePaths) {
        StringBuilder out = new StringBuilder();
        for (String sitePath : sitePaths) out.append(sitePath).append('\n').append(images.shown(sitePath)).append('\n');
        return out.toString();
    }

    /** The site paths of the images a piece's rendered body shows, whose derivatives its page names. */
    public static List<String> inBody(Piece piece, String bodyHtml) {
        return BodyImages.sitePaths(bodyHtml, piece.path());
    }

    private static String siteWide(Site site, SiteImages images) {
        TreeSet<String> paths = new TreeSet<>();
        for (SiteImages.Request request : new ImageRequests(site).all()) {
            if (request.use() != SiteImages.Use.LEAD && !request.key().isEmpty()) paths.add(request.sitePath());
        }
        StringBuilder out = new StringBuilder();
        for (String path : paths) out.append(path).append('\n').append(images.shown(path)).append('\n');
        return Digests.sha256(out.toString());
    }
}
