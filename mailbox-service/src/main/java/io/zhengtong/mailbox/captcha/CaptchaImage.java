package io.zhengtong.mailbox.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a captcha's characters as a small PNG, slanted and crossed by a few lines, and returns it
 * as a {@code data:} URL: the website embeds it in the page, so no second request (and no
 * outside service) is needed. Runs headless (Spring Boot sets {@code java.awt.headless}).
 */
public final class CaptchaImage {

    static final int WIDTH = 160;
    static final int HEIGHT = 56;

    private CaptchaImage() {
    }

    public static String dataUrl(String text, RandomGenerator random) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, random));
    }

    static byte[] png(String text, RandomGenerator random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF7F3E8));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(random.nextInt(120, 200), random.nextInt(120, 200), random.nextInt(120, 200)));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
            int step = (WIDTH - 24) / text.length();
            for (int i = 0; i < text.length(); i++) {
                AffineTransform before = g.getTransform();
                int x = 14 + i * step;
                int y = 40 + random.nextInt(-4, 5);
                g.rotate(Math.toRadians(random.nextInt(-20, 21)), x + 10, y - 12);
                // Dark colours only: the characters keep a strong contrast with the light ground.
                g.setColor(new Color(random.nextInt(0, 90), random.nextInt(0, 60), random.nextInt(40, 110)));
                g.drawString(String.valueOf(text.charAt(i)), x, y);
                g.setTransform(before);
            }
        }
        finally {
            g.dispose();
        }
        // Through a memory stream: ImageIO.write to an OutputStream buffers in a temporary file by
        // default, one file created and deleted per captcha.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(image);
        }
        catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        finally {
            writer.dispose();
        }
        return png.toByteArray();
    }
}
