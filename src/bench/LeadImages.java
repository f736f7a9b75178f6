import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photograph-like JPEGs for src/bench/images.py, with the JDK alone: a sky-to-ground gradient,
 * overlapping shapes and per-pixel grain, each from its own seed, so the encoder does the work a
 * real photograph asks of it (flat test cards compress to nothing and flatter the encoder).
 *
 *     java src/bench/LeadImages.java WIDTH HEIGHT SEED OUT.jpg [OUT.jpg ...]
 */
public final class LeadImages {
    public static void main(String[] args) throws IOException {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        for (int i = 3; i < args.length; i++) write(draw(width, height, new Random(seed * 7919 + i)), new File(args[i]));
    }

    static BufferedImage draw(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour(random), 0, height, colour(random)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60 + random.nextInt(150)));
            int x = random.nextInt(width), y = random.nextInt(height);
            int w = 20 + random.nextInt(width / 3), h = 20 + random.nextInt(height / 3);
            switch (random.nextInt(3)) {
                case 0 -> g.fillOval(x - w / 2, y - h / 2, w, h);
                case 1 -> g.fillRect(x - w / 2, y - h / 2, w, h);
                default -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(12)));
                    g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
                }
            }
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int grain = (int) (random.nextGaussian() * 9);
                int p = row[x];
                row[x] = clamp((p >> 16 & 0xff) + grain) << 16 | clamp((p >> 8 & 0xff) + grain) << 8 | clamp((p & 0xff) + grain);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static Color colour(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void write(BufferedImage image, File file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
