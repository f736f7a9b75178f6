package org.standfirst.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small images drawn by tests, so no test depends on a binary fixture. */
public final class TestImages {
    private TestImages() {
    }

    /** A gradient with a bar, {@code width} × {@code height}, as "jpg" or "png" bytes. */
    public static byte[] drawn(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 90), width, height, new Color(200, 170, 80)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 3, width / 2, Math.max(1, height / 10));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The width and height of image bytes. */
    public static int[] size(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            return new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
