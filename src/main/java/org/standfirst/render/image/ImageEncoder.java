package org.standfirst.render.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Reads, scales and writes images with ImageIO and Thumbnailator. Writing is deterministic: fixed
 * writer settings, no metadata from the source (camera data, colour profiles, times), and the JDK's
 * own writers, which add nothing that changes from run to run.
 */
public final class ImageEncoder {
    static {
        ImageIO.setUseCache(false); // in memory: no temporary files, no shared folder between threads
    }

    private ImageEncoder() {
    }

    /** The width and height an image's header gives, without decoding its pixels. */
    public record Size(int width, int height) {
    }

    /** A source the JDK cannot read. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    public static Size size(byte[] source) throws Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(source))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new Unreadable("it is not a JPEG, PNG or GIF file");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) throw new Unreadable("it has no pixels");
                return new Size(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("it cannot be read (" + e.getMessage() + ")");
        }
    }

    public static BufferedImage decode(byte[] source) throws Unreadable {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(source));
            if (image == null) throw new Unreadable("it is not a JPEG, PNG or GIF file");
            return image;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("it cannot be decoded (" + e.getMessage() + ")");
        }
    }

    /** Scales (and crops) {@code source} as {@code derivative} says, and writes it. */
    public static ImageMemo.Encoded encode(BufferedImage source, Derivative derivative) throws IOException {
        return write(scale(source, derivative), derivative);
    }

    /**
     * {@code source} scaled (and cropped around its centre) as {@code derivative} says. A JPEG
     * derivative is made as 3-byte BGR, the layout the JDK's JPEG writer copies rows from directly
     * (from int pixels it converts sample by sample, which cost as much as encoding itself).
     */
    public static BufferedImage scale(BufferedImage source, Derivative derivative) throws IOException {
        boolean jpeg = derivative.format().equals("jpg");
        BufferedImage input = jpeg ? opaque(source) : source;
        int type = jpeg ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_INT_ARGB;
        int height = derivative.cropped() ? derivative.height()
                : (int) Math.round((double) input.getHeight() * derivative.width() / input.getWidth());
        if (input.getType() == type && input.getWidth() == derivative.width() && input.getHeight() == height) {
            return input; // already the size and layout asked for (a JPEG's copy at its own width): nothing to redraw
        }
        if (input.getType() == type && derivative.cropped() && unscaled(input, derivative)) {
            // A crop cut from a larger crop at the same scale (the share card from the 16:9): just its centre.
            return input.getSubimage((input.getWidth() - derivative.width()) / 2, (input.getHeight() - height) / 2,
                    derivative.width(), height);
        }
        return derivative.cropped()
                ? Thumbnails.of(input).size(derivative.width(), derivative.height()).crop(Positions.CENTER)
                        .imageType(type).asBufferedImage()
                : Thumbnails.of(input).width(derivative.width()).imageType(type).asBufferedImage();
    }

    /** Whether {@code derivative} covers {@code input} at scale 1: one side is the same, the other no longer. */
    private static boolean unscaled(BufferedImage input, Derivative derivative) {
        return input.getWidth() == derivative.width() && input.getHeight() >= derivative.height()
                || input.getHeight() == derivative.height() && input.getWidth() >= derivative.width();
    }

    /** An image {@link #scale} made, written in the derivative's format. */
    public static ImageMemo.Encoded write(BufferedImage scaled, Derivative derivative) throws IOException {
        byte[] bytes = derivative.format().equals("jpg") ? writeJpeg(scaled, derivative.quality()) : writePng(scaled);
        return new ImageMemo.Encoded(scaled.getWidth(), scaled.getHeight(), bytes);
    }

    /** JPEG has no transparency: transparent pixels become white, as on the page. */
    private static BufferedImage opaque(BufferedImage source) {
        if (!source.getColorModel().hasAlpha()) return source;
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] writeJpeg(BufferedImage image, int quality) throws IOException {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) image = bgr(image);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        return write(writer, image, param);
    }

    /** The same pixels as 3-byte BGR, so the writer takes the fast path whatever layout it is given. */
    private static BufferedImage bgr(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] writePng(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, image, writer.getDefaultWriteParam());
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param); // null metadata: nothing of the source
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * An ICO file holding one PNG (allowed since Windows Vista, read by every current browser), for
     * the {@code /favicon.ico} that browsers and crawlers ask for without being told.
     */
    public static byte[] ico(ImageMemo.Encoded png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.bytes().length + 22);
        short16(out, 0);
        short16(out, 1); // an icon
        short16(out, 1); // one image
        out.write(png.width() >= 256 ? 0 : png.width());
        out.write(png.height() >= 256 ? 0 : png.height());
        out.write(0); // no palette
        out.write(0);
        short16(out, 1); // colour planes
        short16(out, 32); // bits per pixel
        int32(out, png.bytes().length);
        int32(out, 22); // where the image starts: after this header
        out.writeBytes(png.bytes());
        return out.toByteArray();
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value & 0xffff);
        short16(out, value >>> 16);
    }
}
