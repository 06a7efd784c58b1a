package org.ackgap.report.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * The Graphics2D the PNG charts are drawn through: it hands everything to the image's own
 * Graphics2D, except dashed horizontal and vertical lines, the charts' gridlines, which it fills
 * dash by dash as rectangles.
 *
 * <p>Java2D sends a dashed stroke through Marlin, its general antialiased rasterizer, which
 * dashes and strokes the line and then walks every 32-pixel tile of its bounds; the gridlines
 * were about half of drawing a timeline in a short-lived JVM, and the reason Marlin's big loops
 * got hot enough for C2 to compile (and recompile) them. An axis-aligned rectangle is filled by
 * Java2D's antialiased parallelogram loop instead, in native code.
 *
 * <p>The dashes land where Marlin puts them: its stroke normalization moves the line's ends to
 * pixel centres in device space, the pattern is scaled with the transform and laid from the
 * first end. Only when every edge then falls on a multiple of an eighth of a pixel, where
 * Marlin's sampling (eight sub-rows a pixel, 256 sub-columns) and the exact coverage of the
 * parallelogram loop agree, does this take the line; the two renderers then differ at most by
 * the rounding of an alpha value, one level in 255. Anything else goes to Java2D as it is.
 */
final class RasterGraphics extends Graphics2D {

  private final Graphics2D g;

  RasterGraphics(Graphics2D g) {
    this.g = g;
  }

  @Override
  public void draw(Shape s) {
    if (!(s instanceof Line2D line) || !fillDashes(line)) {
      g.draw(s);
    }
  }

  /** Fills a dashed axis-aligned line dash by dash; returns false to leave it to Java2D. */
  boolean fillDashes(Line2D line) {
    if (!(g.getStroke() instanceof BasicStroke stroke) || stroke.getDashArray() == null
        || stroke.getEndCap() != BasicStroke.CAP_BUTT
        || g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) != RenderingHints.VALUE_ANTIALIAS_ON
        || g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) == RenderingHints.VALUE_STROKE_PURE
        || !AlphaComposite.SrcOver.equals(g.getComposite())
        // a colour looks the same in device space; a gradient would move
        || !(g.getPaint() instanceof Color)) {
      return false;
    }
    AffineTransform at = g.getTransform();
    double scale = at.getScaleX();
    if (at.getShearX() != 0 || at.getShearY() != 0 || at.getScaleY() != scale || scale <= 0) {
      return false;
    }
    double halfWidth = stroke.getLineWidth() * scale / 2;
    float[] pattern = stroke.getDashArray();
    if (pattern.length % 2 != 0) {
      return false; // an odd pattern swaps on and off every other round
    }
    double[] dash = new double[pattern.length];
    double cycle = 0;
    for (int i = 0; i < dash.length; i++) {
      dash[i] = pattern[i] * scale;
      cycle += dash[i];
      // a gap of a pixel or more keeps two dashes out of one pixel, where Marlin would add
      // their coverage before blending once
      if (dash[i] <= 0 || !eighths(dash[i]) || (i % 2 == 1 && dash[i] < 1)) {
        return false;
      }
    }
    double phase = stroke.getDashPhase() * scale;
    if (!eighths(halfWidth) || !eighths(phase)) {
      return false;
    }
    double[] ends = {line.getX1(), line.getY1(), line.getX2(), line.getY2()};
    at.transform(ends, 0, ends, 0, 2);
    for (int i = 0; i < 4; i++) {
      ends[i] = Math.floor(ends[i]) + 0.5; // Marlin's antialiased normalization: pixel centres
    }
    double x0 = ends[0];
    double y0 = ends[1];
    double x1 = ends[2];
    double y1 = ends[3];
    if ((x0 != x1 && y0 != y1) || (x0 == x1 && y0 == y1)) {
      return false;
    }

    Object control = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
    g.setTransform(new AffineTransform());
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    try {
      // the pattern from its phase, as Marlin's Dasher starts it
      int index = 0;
      boolean on = true;
      if (phase >= cycle) {
        phase -= Math.floor(phase / cycle) * cycle;
      }
      while (phase >= dash[index]) {
        phase -= dash[index];
        index = (index + 1) % dash.length;
        on = !on;
      }
      double length = Math.abs(x1 - x0) + Math.abs(y1 - y0);
      double dx = (x1 - x0) / length;
      double dy = (y1 - y0) / length;
      double x = x0;
      double y = y0;
      while (true) {
        double left = dash[index] - phase;
        if (length <= left) {
          if (on) {
            dash(x, y, x1, y1, halfWidth);
          }
          return true;
        }
        double nx = x + left * dx;
        double ny = y + left * dy;
        if (on) {
          dash(x, y, nx, ny, halfWidth);
        }
        x = nx;
        y = ny;
        length -= left;
        index = (index + 1) % dash.length;
        on = !on;
        phase = 0;
      }
    } finally {
      g.setTransform(at);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, control);
    }
  }

  /** Fills one dash, butt-capped, from (ax, ay) to (bx, by) in device space. */
  private void dash(double ax, double ay, double bx, double by, double halfWidth) {
    if (ay == by) {
      g.fill(new Rectangle2D.Double(Math.min(ax, bx), ay - halfWidth, Math.abs(bx - ax),
          2 * halfWidth));
    } else {
      g.fill(new Rectangle2D.Double(ax - halfWidth, Math.min(ay, by), 2 * halfWidth,
          Math.abs(by - ay)));
    }
  }

  private static boolean eighths(double v) {
    return v * 8 == Math.rint(v * 8);
  }

  // ------------------------------------------------------------ everything else as it is

  @Override
  public Graphics create() {
    return new RasterGraphics((Graphics2D) g.create());
  }

  @Override
  public Graphics create(int x, int y, int width, int height) {
    return new RasterGraphics((Graphics2D) g.create(x, y, width, height));
  }

  @Override
  public void dispose() {
    g.dispose();
  }

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    return g.drawImage(img, xform, obs);
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    g.drawImage(img, op, x, y);
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    g.drawRenderedImage(img, xform);
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    g.drawRenderableImage(img, xform);
  }

  @Override
  public void drawString(String str, int x, int y) {
    g.drawString(str, x, y);
  }

  @Override
  public void drawString(String str, float x, float y) {
    g.drawString(str, x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    g.drawString(iterator, x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    g.drawString(iterator, x, y);
  }

  @Override
  public void drawGlyphVector(GlyphVector gv, float x, float y) {
    g.drawGlyphVector(gv, x, y);
  }

  @Override
  public void fill(Shape s) {
    g.fill(s);
  }

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    return g.hit(rect, s, onStroke);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return g.getDeviceConfiguration();
  }

  @Override
  public void setComposite(Composite comp) {
    g.setComposite(comp);
  }

  @Override
  public void setPaint(Paint paint) {
    g.setPaint(paint);
  }

  @Override
  public void setStroke(Stroke s) {
    g.setStroke(s);
  }

  @Override
  public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
    g.setRenderingHint(hintKey, hintValue);
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key hintKey) {
    return g.getRenderingHint(hintKey);
  }

  @Override
  public void setRenderingHints(Map<?, ?> hints) {
    g.setRenderingHints(hints);
  }

  @Override
  public void addRenderingHints(Map<?, ?> hints) {
    g.addRenderingHints(hints);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return g.getRenderingHints();
  }

  @Override
  public void translate(int x, int y) {
    g.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    g.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    g.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    g.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    g.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    g.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform tx) {
    g.transform(tx);
  }

  @Override
  public void setTransform(AffineTransform tx) {
    g.setTransform(tx);
  }

  @Override
  public AffineTransform getTransform() {
    return g.getTransform();
  }

  @Override
  public Paint getPaint() {
    return g.getPaint();
  }

  @Override
  public Composite getComposite() {
    return g.getComposite();
  }

  @Override
  public void setBackground(Color color) {
    g.setBackground(color);
  }

  @Override
  public Color getBackground() {
    return g.getBackground();
  }

  @Override
  public Stroke getStroke() {
    return g.getStroke();
  }

  @Override
  public void clip(Shape s) {
    g.clip(s);
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return g.getFontRenderContext();
  }

  @Override
  public Color getColor() {
    return g.getColor();
  }

  @Override
  public void setColor(Color c) {
    g.setColor(c);
  }

  @Override
  public void setPaintMode() {
    g.setPaintMode();
  }

  @Override
  public void setXORMode(Color c1) {
    g.setXORMode(c1);
  }

  @Override
  public Font getFont() {
    return g.getFont();
  }

  @Override
  public void setFont(Font font) {
    g.setFont(font);
  }

  @Override
  public FontMetrics getFontMetrics() {
    return g.getFontMetrics();
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return g.getFontMetrics(f);
  }

  @Override
  public Rectangle getClipBounds() {
    return g.getClipBounds();
  }

  @Override
  public Rectangle getClipBounds(Rectangle r) {
    return g.getClipBounds(r);
  }

  @Override
  public boolean hitClip(int x, int y, int width, int height) {
    return g.hitClip(x, y, width, height);
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    g.clipRect(x, y, width, height);
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    g.setClip(x, y, width, height);
  }

  @Override
  public Shape getClip() {
    return g.getClip();
  }

  @Override
  public void setClip(Shape clip) {
    g.setClip(clip);
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    g.copyArea(x, y, width, height, dx, dy);
  }

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    g.drawLine(x1, y1, x2, y2);
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    g.fillRect(x, y, width, height);
  }

  @Override
  public void drawRect(int x, int y, int width, int height) {
    g.drawRect(x, y, width, height);
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    g.clearRect(x, y, width, height);
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    g.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void draw3DRect(int x, int y, int width, int height, boolean raised) {
    g.draw3DRect(x, y, width, height, raised);
  }

  @Override
  public void fill3DRect(int x, int y, int width, int height, boolean raised) {
    g.fill3DRect(x, y, width, height, raised);
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    g.drawOval(x, y, width, height);
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    g.fillOval(x, y, width, height);
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    g.drawArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    g.fillArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
    g.drawPolyline(xPoints, yPoints, nPoints);
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    g.drawPolygon(xPoints, yPoints, nPoints);
  }

  @Override
  public void drawPolygon(Polygon p) {
    g.drawPolygon(p);
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    g.fillPolygon(xPoints, yPoints, nPoints);
  }

  @Override
  public void fillPolygon(Polygon p) {
    g.fillPolygon(p);
  }

  @Override
  public void drawChars(char[] data, int offset, int length, int x, int y) {
    g.drawChars(data, offset, length, x, y);
  }

  @Override
  public void drawBytes(byte[] data, int offset, int length, int x, int y) {
    g.drawBytes(data, offset, length, x, y);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    return g.drawImage(img, x, y, observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    return g.drawImage(img, x, y, width, height, observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    return g.drawImage(img, x, y, bgcolor, observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor,
      ImageObserver observer) {
    return g.drawImage(img, x, y, width, height, bgcolor, observer);
  }

  @Override
  public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1,
      int sx2, int sy2, ImageObserver observer) {
    return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
  }

  @Override
  public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1,
      int sx2, int sy2, Color bgcolor, ImageObserver observer) {
    return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
  }

  @Override
  public String toString() {
    return "RasterGraphics[" + g + "]";
  }
}
