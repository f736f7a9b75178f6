package org.standfirst.render.image;

import java.util.List;

/**
 * The derivatives made of one source image, by use; lists are empty for uses it does not serve.
 *
 * @param source the source's site path
 * @param widths the source scaled to each of {@link SiteImages#WIDTHS} below its width, and to its
 *               own width (at most the largest), narrowest first
 * @param share the 1200×630 share card (smaller when the source is), or null
 * @param crops 1:1, 4:3 and 16:9 crops for search engines, or empty
 * @param icons the 32 px and 180 px squares of a favicon, or empty
 */
public record ImageSet(String source, List<Variant> widths, Variant share, List<Variant> crops, List<Variant> icons) {
    /** One derivative file, at a site path without the leading '/'. */
    public record Variant(String sitePath, int width, int height) {
    }

    public ImageSet {
        widths = List.copyOf(widths);
        crops = List.copyOf(crops);
        icons = List.copyOf(icons);
    }

    /** The widest scaled copy: what {@code src}, {@code width} and {@code height} name. */
    public Variant largest() {
        return widths.isEmpty() ? null : widths.get(widths.size() - 1);
    }
}
