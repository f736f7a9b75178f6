package org.standfirst.render.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
import org.standfirst.model.SiteConfig;
import org.standfirst.render.image.ImageSet;

/**
 * Which image represents a page outside the site. A piece's share card is the 1200×630 crop of its
 * lead image; a piece without a raster lead image (none, an SVG, an external URL), and every other
 * page, gets the crop of the site's {@code share_image}; social platforms show no SVG. Without a
 * base URL there is none: these URLs must be absolute.
 */
final class ShareImages {
    /** An image as share tags name it: an absolute URL, its size (0 when unknown) and its alt text. */
    record Card(String url, int width, int height, String alt) {
    }

    private final SiteConfig config;
    private final Urls urls;
    private final Function<String, ImageSet> images;

    ShareImages(SiteConfig config, Urls urls, Function<String, ImageSet> images) {
        this.config = config;
        this.urls = urls;
        this.images = images;
    }

    Card of(Piece piece) {
        ImageSet lead = lead(piece);
        if (lead != null && lead.share() != null && urls.known()) {
            return card(lead.share(), piece.article().image().alt());
        }
        return site();
    }

    /** The site's share card, or null when site.yml names none. */
    Card site() {
        String path = config.identity().shareImage();
        ImageSet set = path.isEmpty() ? null : images.apply(path);
        if (set == null || set.share() == null || !urls.known()) return null;
        return card(set.share(), config.title());
    }

    /** The lead image's 1:1, 4:3 and 16:9 crops for JSON-LD, else the site's share card, else none. */
    List<String> crops(Piece piece) {
        List<String> out = new ArrayList<>();
        if (!urls.known()) return out;
        ImageSet lead = lead(piece);
        if (lead != null) {
            for (ImageSet.Variant crop : lead.crops()) out.add(urls.absolute(crop.sitePath()));
            if (!out.isEmpty()) return out;
        }
        Card site = site();
        if (site != null) out.add(site.url());
        return out;
    }

    /** The logo for publisher.logo: a raster logo's widest copy, an SVG as it is; null without one. */
    Card logo() {
        String path = config.identity().logo();
        if (path.isEmpty() || !urls.known()) return null;
        ImageSet set = images.apply(path);
        if (set == null || set.largest() == null) return new Card(urls.absolute(path), 0, 0, config.title());
        return card(set.largest(), config.title());
    }

    private ImageSet lead(Piece piece) {
        Article.Image image = piece.article().image();
        if (image == null || image.path().startsWith("http://") || image.path().startsWith("https://")) return null;
        String sitePath = image.path().startsWith("/") ? image.path().substring(1) : piece.path() + image.path();
        return images.apply(sitePath);
    }

    private Card card(ImageSet.Variant variant, String alt) {
        return new Card(urls.absolute(variant.sitePath()), variant.width(), variant.height(), alt);
    }

    /** The @handle of the first X (Twitter) profile in {@code social}, for twitter:site, or "". */
    static String twitterHandle(List<String> social) {
        for (String url : social) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) host = host.substring(4);
            if (!host.equals("x.com") && !host.equals("twitter.com")) continue;
            String handle = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
            if (!handle.isEmpty() && !handle.contains("/")) return "@" + handle;
        }
        return "";
    }
}
