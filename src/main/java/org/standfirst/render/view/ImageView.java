package org.standfirst.render.view;

import java.util.List;

/**
 * An image as a page shows it. {@code url} is a site path or an http(s) URL: for a raster image the
 * widest of its scaled copies, which {@code sources} lists (narrowest first) for {@code srcset}, with
 * that copy's {@code width} and {@code height}; for an SVG or an external image the file itself, with
 * width and height 0 and no sources. Alt, caption and credit may be "".
 */
public record ImageView(String url, String alt, String caption, String credit, int width, int height,
                        List<Source> sources) {
    public ImageView {
        sources = List.copyOf(sources);
    }

    /** One scaled copy: its site path and width in pixels. */
    public record Source(String url, int width) {
    }
}
