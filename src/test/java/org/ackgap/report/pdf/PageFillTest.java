package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageFillTest {

  /** The least share of a page's text area, top to bottom, that its content reaches. */
  private static final double NEAR_EMPTY = 0.25;

  static Stream<Arguments> reports() {
    return Stream.of(Arguments.of("sample", ReportFixtures.sample()),
        Arguments.of("40 topics", ReportFixtures.many(40)),
        Arguments.of("right to left", ReportFixtures.rightToLeft()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void noPageIsNearlyEmpty(String name, ReportData data) throws IOException {
    List<Double> fill = fill(PdfReportTest.pdf(data));
    for (int i = 0; i < fill.size(); i++) {
      assertTrue(fill.get(i) >= NEAR_EMPTY,
          "page " + (i + 1) + " of " + fill.size() + " is filled to " + Math.round(100 * fill.get(i))
              + "% of its height: " + fill);
    }
  }

  /**
   * Returns per page how far down its text area the lowest text reaches (charts are drawn with
   * real text, so their labels count), leaving out the footer.
   */
  static List<Double> fill(byte[] pdf) throws IOException {
    List<Double> fill = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        float height = doc.getPage(p - 1).getMediaBox().getHeight();
        double[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String s, List<TextPosition> positions) {
            for (TextPosition t : positions) {
              // the footer's baseline is 28 points above the page's bottom edge
              if (t.getYDirAdj() < height - 36) {
                lowest[0] = Math.max(lowest[0], t.getYDirAdj());
              }
            }
          }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        double area = height - Layout.TOP_MARGIN - Layout.BOTTOM_MARGIN;
        fill.add((lowest[0] - Layout.TOP_MARGIN) / area);
      }
    }
    return fill;
  }
}
