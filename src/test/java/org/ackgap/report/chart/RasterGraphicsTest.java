package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Consumer;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;

/**
 * The charts drawn through {@link RasterGraphics} look as Java2D alone draws them: at most one
 * level of 255 apart in any channel of any pixel (the rounding of an alpha value), which no one
 * can see. If a JDK ever normalizes or dashes strokes differently, these fail before a chart
 * changes unnoticed.
 */
class RasterGraphicsTest {

  private static final ReportData SAMPLE = ReportFixtures.sample();

  @Test
  void chartsLookAsJava2dAloneDrawsThem() {
    ReportData many = ReportFixtures.many(40);
    assertLooksTheSame(Charts.createTimelineChart(SAMPLE, "nk-troops-kursk"), Charts.WIDTH,
        Charts.TIMELINE_HEIGHT);
    assertLooksTheSame(Charts.createTimelineChart(SAMPLE, "quiet-topic"), Charts.WIDTH,
        Charts.TIMELINE_HEIGHT);
    assertLooksTheSame(Charts.createGapChart(many), Charts.WIDTH, Charts.barChartHeight(30));
    assertLooksTheSame(Charts.createDaysChart(SAMPLE), Charts.WIDTH, Charts.barChartHeight(4));
    StanceMatrix matrix = Charts.createStanceMatrix(many);
    assertLooksTheSame(matrix, matrix.width(), matrix.height());
  }

  @Test
  void dashedLinesAnywhereLookAsJava2dAloneDrawsThem() {
    Random random = new Random(7);
    float[] widths = {0.5f, 1f, 1.5f, 2f, 0.8f, 0.3f};
    for (int t = 0; t < 300; t++) {
      int n = 2 * (1 + random.nextInt(2));
      float[] dash = new float[n];
      for (int i = 0; i < n; i++) {
        dash[i] = i % 2 == 0
            ? 0.0625f * (1 + random.nextInt(64))
            : 0.25f * (1 + random.nextInt(16));
      }
      float phase = random.nextBoolean() ? 0f : 0.0625f * random.nextInt(160);
      BasicStroke stroke = new BasicStroke(widths[random.nextInt(widths.length)],
          BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f, dash, phase);
      double across = 5 + random.nextDouble() * 100;
      double from = random.nextDouble() * 10;
      double to = from + 20 + random.nextDouble() * 150;
      boolean reversed = random.nextBoolean();
      Line2D line = t % 2 == 0
          ? new Line2D.Double(reversed ? to : from, across, reversed ? from : to, across)
          : new Line2D.Double(across, reversed ? to : from, across, reversed ? from : to);
      Color colour = new Color(random.nextInt(0x1000000));
      double tx = random.nextDouble() * 5;
      double ty = random.nextDouble() * 5;
      Rectangle2D clip = new Rectangle2D.Double(random.nextDouble() * 60, random.nextDouble() * 60,
          40 + random.nextDouble() * 100, 40 + random.nextDouble() * 100);
      boolean normalize = random.nextInt(4) != 0;
      Consumer<Graphics2D> draw = g -> {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, normalize
            ? RenderingHints.VALUE_STROKE_NORMALIZE : RenderingHints.VALUE_STROKE_PURE);
        g.scale(ChartFiles.SCALE, ChartFiles.SCALE);
        g.translate(tx, ty);
        g.clip(clip);
        g.setPaint(colour);
        g.setStroke(stroke);
        g.draw(line);
      };
      assertSameWithinOneLevel(paint(400, 400, false, draw), paint(400, 400, true, draw),
          stroke + " " + line.getP1() + " -> " + line.getP2());
    }
  }

  @Test
  void takesTheChartsGridlinesItself() {
    // if it stopped taking them, no picture would change, only the time: so check it does
    BufferedImage image = new BufferedImage(100, 20, BufferedImage.TYPE_INT_RGB);
    RasterGraphics g = new RasterGraphics(image.createGraphics());
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
      g.scale(ChartFiles.SCALE, ChartFiles.SCALE);
      g.setColor(Color.LIGHT_GRAY);
      // JFreeChart's gridline stroke
      g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 0f,
          new float[] {2f, 2f}, 0f));
      assertTrue(g.fillDashes(new Line2D.Double(1.3, 5.2, 45.7, 5.2)));
      assertTrue(g.fillDashes(new Line2D.Double(20.1, 1, 20.1, 8.9)));
      // a diagonal, or a stroke that ends between Marlin's sample rows, stays with Java2D
      assertFalse(g.fillDashes(new Line2D.Double(1, 1, 40, 8)));
      g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 0f,
          new float[] {2f, 2f}, 0f));
      assertFalse(g.fillDashes(new Line2D.Double(1.3, 5.2, 45.7, 5.2)));
    } finally {
      g.dispose();
    }
  }

  private static void assertLooksTheSame(Drawable chart, int width, int height) {
    Consumer<Graphics2D> draw = g -> {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width * ChartFiles.SCALE, height * ChartFiles.SCALE);
      g.scale(ChartFiles.SCALE, ChartFiles.SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    };
    BufferedImage alone = paint(width * ChartFiles.SCALE, height * ChartFiles.SCALE, false, draw);
    BufferedImage through = ChartFiles.render(chart, width, height);
    assertSameWithinOneLevel(alone, through, chart.getClass().getSimpleName());
  }

  private static BufferedImage paint(int w, int h, boolean raster, Consumer<Graphics2D> draw) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = raster ? new RasterGraphics(image.createGraphics()) : image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      draw.accept(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void assertSameWithinOneLevel(BufferedImage a, BufferedImage b, String what) {
    assertEquals(a.getWidth(), b.getWidth());
    assertEquals(a.getHeight(), b.getHeight());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift < 24; shift += 8) {
          int d = Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
          if (d > 1) {
            throw new AssertionError(what + ": pixel " + x + "," + y + " is "
                + Integer.toHexString(q & 0xFFFFFF) + ", Java2D alone draws "
                + Integer.toHexString(p & 0xFFFFFF));
          }
        }
      }
    }
  }
}
