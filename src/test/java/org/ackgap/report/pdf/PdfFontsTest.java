package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ackgap.report.ReportFixtures;
import org.ackgap.report.chart.ReportFonts.Face;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

  @Test
  void everyFaceIsParsedOnceWhicheverThreadGetsThereFirst() throws Exception {
    for (int round = 0; round < 5; round++) {
      PdfFonts fonts = new PdfFonts();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<?> ahead = pool.submit(fonts::parseAhead);
        TrueTypeFont[] taken = new TrueTypeFont[Face.values().length];
        for (Face face : Face.values()) {
          taken[face.ordinal()] = fonts.take(face);
        }
        ahead.get();
        for (Face face : Face.values()) {
          assertSame(taken[face.ordinal()], fonts.take(face), face + " was parsed twice");
        }
        assertEquals("DejaVuSansCondensed-Bold", taken[Face.CONDENSED_BOLD.ordinal()].getName());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aReportWithFacesParsedAheadReadsTheSame() throws Exception {
    PdfFonts fonts = new PdfFonts();
    fonts.parseAhead();
    ByteArrayOutputStream ahead = new ByteArrayOutputStream();
    PdfReport.write(ReportFixtures.sample(), ahead, fonts);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    PdfReport.write(ReportFixtures.sample(), plain);
    assertEquals(text(plain.toByteArray()), text(ahead.toByteArray()));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
