package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StanceMatrixTest {

  /** A4's text column, portrait and landscape, less the page heading (as PdfReport lays it). */
  private static final double PORTRAIT_W = 483;
  private static final double PORTRAIT_H = 686;
  private static final double LANDSCAPE_W = 730;
  private static final double LANDSCAPE_H = 439;

  static Stream<Arguments> reports() {
    return Stream.of(Arguments.of("sample", ReportFixtures.sample()),
        Arguments.of("40 topics", ReportFixtures.many(40)),
        Arguments.of("3 topics", ReportFixtures.many(3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void pngIsSizedToItsContent(String name, ReportData data) {
    StanceMatrix matrix = Charts.createStanceMatrix(data);
    BufferedImage image = ChartFiles.render(matrix, matrix.width(), matrix.height());
    int[] box = inkBounds(image);
    double w = (box[2] - box[0] + 1) / (double) image.getWidth();
    double h = (box[3] - box[1] + 1) / (double) image.getHeight();
    assertTrue(w > 0.9 && h > 0.9, "ink covers " + Math.round(100 * w) + "% × " + Math.round(100 * h)
        + "% of a " + image.getWidth() + " × " + image.getHeight() + " image");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void fillsAPageWithTextAsLargeAsFits(String name, ReportData data) {
    StanceMatrix matrix = Charts.createStanceMatrix(data);
    StanceMatrix portrait = matrix.sizedFor(PORTRAIT_W, PORTRAIT_H);
    StanceMatrix landscape = matrix.sizedFor(LANDSCAPE_W, LANDSCAPE_H);
    StanceMatrix best = landscape.textSize() > portrait.textSize() ? landscape : portrait;
    double w = best == landscape ? LANDSCAPE_W : PORTRAIT_W;
    double h = best == landscape ? LANDSCAPE_H : PORTRAIT_H;
    assertTrue(best.width() <= w && best.height() <= h, best.width() + " × " + best.height());
    // one side is filled, or the text is as large as it goes
    assertTrue(best.width() > 0.85 * w || best.height() > 0.85 * h
            || best.textSize() == StanceMatrix.MAX_SIZE,
        name + ": " + best.width() + " × " + best.height() + " at " + best.textSize() + " pt");
    assertTrue(best.textSize() >= 6, name + ": text of " + best.textSize() + " pt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void showsEveryColumnTitleWhole(String name, ReportData data) {
    StanceMatrix matrix = Charts.createStanceMatrix(data).sizedFor(PORTRAIT_W, PORTRAIT_H);
    List<TopicScore> top = Charts.topTopics(data);
    assertEquals(top.size(), matrix.columnTitles().size());
    for (int i = 0; i < top.size(); i++) {
      String shown = String.join(" ", matrix.columnTitles().get(i));
      assertEquals(Charts.clean(top.get(i).topic().title()), shown);
      assertFalse(shown.contains("…"), shown);
    }
  }

  /** Returns the bounding box {minX, minY, maxX, maxY} of the pixels that are not white. */
  private static int[] inkBounds(BufferedImage image) {
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    return box;
  }
}
