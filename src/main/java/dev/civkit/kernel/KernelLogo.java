package dev.civkit.kernel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The kernel's launcher icon, drawn rather than shipped so it needs no binary resource. Shapes only: no fonts needed on headless hosts. */
final class KernelLogo {

    private KernelLogo() {
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = size / 64f;
            g.setPaint(new GradientPaint(0, 0, new Color(0x1f, 0x6f, 0xeb), size, size, new Color(0x7b, 0x2f, 0xd6)));
            g.fill(new RoundRectangle2D.Float(0, 0, size, size, 14 * s, 14 * s));
            // A "C" for civkit, opening to the right like a cup handle waiting for Java.
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(7 * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Arc2D.Float(12 * s, 12 * s, 40 * s, 40 * s, 45, 270, Arc2D.OPEN));
            g.setColor(new Color(0xff, 0xc8, 0x3d));
            g.fill(new Ellipse2D.Float(40 * s, 26 * s, 12 * s, 12 * s));
        } finally {
            g.dispose();
        }
        return img;
    }

    static byte[] png(int size) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
