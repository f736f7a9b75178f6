package org.standfirst.render.image;

import java.util.Locale;

/**
 * How one derivative of a source image is made: its size, format and quality. With the source's
 * bytes this is all that shapes the derivative's bytes, so the two together key it in the cache.
 *
 * @param width the width in pixels, never more than the source's
 * @param height 0 to keep the source's proportions; else the image is scaled to cover
 *               width × height and cropped around its centre
 * @param format "jpg" or "png"
 * @param quality the JPEG quality, 1–100 (0 for PNG, which is lossless)
 */
public record Derivative(int width, int height, String format, int quality) {
    /** The quality for photographs: small files without visible artefacts at these widths. */
    public static final int JPEG_QUALITY = 82;

    public Derivative {
        if (width < 1 || height < 0) throw new IllegalArgumentException(width + "×" + height);
        if (!format.equals("jpg") && !format.equals("png")) throw new IllegalArgumentException(format);
        if (format.equals("png")) quality = 0;
    }

    public boolean cropped() {
        return height > 0;
    }

    /** The end of the derivative's file name: {@code -960.jpg}, {@code -1200x630.jpg}. */
    public String suffix() {
        return cropped() ? String.format(Locale.ROOT, "-%dx%d.%s", width, height, format)
                : String.format(Locale.ROOT, "-%d.%s", width, format);
    }
}
