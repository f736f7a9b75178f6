import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The floor of a lead image's derivatives, with the JDK alone: what decoding a JPEG source and encoding
 * the pixels of the derivative set the default theme needs cost, leaving out the scaling (each size is
 * drawn from the decoded image, bilinear, untimed), on one thread, warm. No build that makes this set
 * can spend less per image on this machine; images.py measures what a build spends.
 *
 *     java src/bench/ImageFloor.java IMAGE.jpg [IMAGE.jpg ...]
 *
 * Make the images with LeadImages.java (1600×900, as images.py does). The set, for a 1600×900 source:
 * widths 160, 320, 480, 960 and 1600 at 16:9, the 1:1 (720), 4:3 (960) and 16:9 (1200) crops and the
 * 1200×630 share card, JPEG at quality 82 (SiteImages, Derivative).
 */
public final class ImageFloor {
    private static final int[][] SET = {{160, 90}, {320, 180}, {480, 270}, {960, 540}, {1600, 900},
            {720, 720}, {960, 720}, {1200, 675}, {1200, 630}};

    public static void main(String[] args) throws IOException {
        List<File> sources = new ArrayList<>();
        for (String arg : args) sources.add(new File(arg));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pixels = 0;
        for (int[] size : SET) pixels += (long) size[0] * size[1];
        for (int pass = 1; pass <= 3; pass++) {
            long decode = 0;
            long encode = 0;
            long bytes = 0;
            for (File source : sources) {
                long start = threads.getCurrentThreadCpuTime();
                BufferedImage image = ImageIO.read(source);
                decode += threads.getCurrentThreadCpuTime() - start;
                List<BufferedImage> set = new ArrayList<>();
                for (int[] size : SET) set.add(scaled(image, size[0], size[1]));
                long scaled = threads.getCurrentThreadCpuTime();
                for (BufferedImage derivative : set) bytes += jpeg(derivative, 82).length;
                encode += threads.getCurrentThreadCpuTime() - scaled;
            }
            int n = sources.size();
            System.out.printf("pass %d%s: %d images, per image: decode %.1f ms, encode %.1f ms (%.2f megapixels, %,d bytes)"
                            + "; for 1,000 images: %.1f CPU s%n", pass, pass == 1 ? " (warm-up)" : "", n,
                    decode / 1e6 / n, encode / 1e6 / n, pixels / 1e6, bytes / n, (decode + encode) / 1e6 / n);
        }
    }

    /** The source scaled to cover {@code width}×{@code height} and cut to it, as 3-byte BGR (the layout the build encodes). */
    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int w = (int) Math.round(source.getWidth() * scale);
        int h = (int) Math.round(source.getHeight() * scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, (width - w) / 2, (height - h) / 2, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage bgr, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(bgr, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
