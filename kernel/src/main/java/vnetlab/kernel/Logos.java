package vnetlab.kernel;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws the kernel's logos (logo-32x32.png and logo-64x64.png) at install time: three linked nodes on a
 * rounded square, so no binary file lives in the repository.
 *
 * <pre>{@code
 * Logos.write(Path.of("~/.local/share/jupyter/kernels/vnetlab"));
 * }</pre>
 */
final class Logos {
    private Logos() {
    }

    static void write(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        for (int size : new int[] {32, 64}) {
            ImageIO.write(draw(size), "png", dir.resolve("logo-" + size + "x" + size + ".png").toFile());
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float u = size / 32f;
        g.setColor(new Color(0x1f, 0x5f, 0x9f));
        g.fillRoundRect(0, 0, size, size, Math.round(8 * u), Math.round(8 * u));
        int[][] nodes = {{16, 7}, {7, 24}, {25, 24}};
        g.setColor(new Color(0xf0, 0x9a, 0x30));
        g.setStroke(new BasicStroke(2.2f * u));
        for (int i = 0; i < nodes.length; i++) {
            int[] a = nodes[i];
            int[] b = nodes[(i + 1) % nodes.length];
            g.drawLine(Math.round(a[0] * u), Math.round(a[1] * u), Math.round(b[0] * u), Math.round(b[1] * u));
        }
        g.setColor(Color.WHITE);
        for (int[] n : nodes) {
            int r = Math.round(4.5f * u);
            g.fillOval(Math.round(n[0] * u) - r, Math.round(n[1] * u) - r, 2 * r, 2 * r);
        }
        g.dispose();
        return image;
    }
}
