package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.junit.jupiter.api.Test;

/** A chart's PNG must decode, with any standard decoder, to exactly the pixels that were drawn. */
class PngEncoderTest {

  private static final ReportData SAMPLE = ReportFixtures.sample();

  @Test
  void timelineDecodesToTheDrawnPixels() throws IOException {
    BufferedImage drawn = ChartFiles.render(Charts.createTimelineChart(SAMPLE, "nk-troops-kursk"),
        Charts.WIDTH, Charts.TIMELINE_HEIGHT);
    assertSamePixels(drawn, decode(encode(drawn)));
  }

  @Test
  void everyChartOfManyTopicsDecodesToTheDrawnPixels() throws IOException {
    ReportData many = ReportFixtures.many(40);
    StanceMatrix matrix = Charts.createStanceMatrix(many);
    assertSamePixels(matrix, matrix.width(), matrix.height());
    int bars = Charts.topTopics(many).size();
    assertSamePixels(Charts.createGapChart(many), Charts.WIDTH, Charts.barChartHeight(bars));
    assertSamePixels(Charts.createDaysChart(many), Charts.WIDTH, Charts.barChartHeight(bars));
  }

  @Test
  void writePngGivesTheSamePixelsAsRender() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartFiles.writePng(Charts.createGapChart(SAMPLE), 300, 200, out);
    BufferedImage drawn = ChartFiles.render(Charts.createGapChart(SAMPLE), 300, 200);
    assertSamePixels(drawn, decode(out.toByteArray()));
  }

  /** Noise defeats every shortcut: no repeated rows, no runs, data over many IDAT chunks. */
  @Test
  void randomPixelsSurviveExactly() throws IOException {
    BufferedImage image = new BufferedImage(301, 257, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(5);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    // a band of repeated rows in the middle, so both filters meet
    for (int y = 100; y < 140; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, image.getRGB(x, 99));
      }
    }
    assertSamePixels(image, decode(encode(image)));
  }

  @Test
  void aOnePixelImage() throws IOException {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x123456);
    assertSamePixels(image, decode(encode(image)));
  }

  @Test
  void aSubimageIsReadFromItsOwnCorner() throws IOException {
    BufferedImage whole = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = whole.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillOval(5, 5, 50, 30);
    g.dispose();
    BufferedImage part = whole.getSubimage(7, 3, 31, 22);
    assertSamePixels(part, decode(encode(part)));
  }

  @Test
  void otherImageTypesAreWrittenAsTheirRgbWithoutAlpha() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(10, 200, 30, 128));
    g.fillRect(3, 3, 30, 20);
    g.dispose();
    BufferedImage decoded = decode(encode(image));
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertEquals(image.getRGB(x, y) & 0xFFFFFF, decoded.getRGB(x, y) & 0xFFFFFF,
            "pixel " + x + "," + y);
      }
    }
  }

  private static void assertSamePixels(org.jfree.chart.ui.Drawable chart, int width, int height)
      throws IOException {
    BufferedImage drawn = ChartFiles.render(chart, width, height);
    assertSamePixels(drawn, decode(encode(drawn)));
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(image, out);
    return out.toByteArray();
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "the PNG does not decode");
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth(), "width");
    assertEquals(expected.getHeight(), actual.getHeight(), "height");
    int w = expected.getWidth();
    int h = expected.getHeight();
    int[] want = expected.getRGB(0, 0, w, h, null, 0, w);
    int[] got = actual.getRGB(0, 0, w, h, null, 0, w);
    assertArrayEquals(want, got, "the decoded pixels differ from the drawn ones");
  }
}
