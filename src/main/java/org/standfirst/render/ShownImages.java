package org.standfirst.render;

import java.util.List;
import java.util.TreeSet;
import org.standfirst.Digests;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
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

    /** @param requests every image the site shows ({@link ImageRequests#all}), whose derivatives {@code images} made */
    ShownImages(SiteImages images, List<SiteImages.Request> requests) {
        this.images = images;
        TreeSet<String> everyPage = new TreeSet<>();
        for (SiteImages.Request request : requests) {
            if (request.use() != SiteImages.Use.LEAD && !request.key().isEmpty()) everyPage.add(request.sitePath());
        }
        this.siteWide = Digests.sha256(of(List.copyOf(everyPage)));
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
}
