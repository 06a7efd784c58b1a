package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RightToLeftTest {

  private static byte[] pdf;

  @BeforeAll
  static void write() throws IOException {
    ReportData data = ReportFixtures.rightToLeft();
    pdf = PdfReportTest.pdf(data);
  }

  @Test
  void persianArabicAndHebrewStatementsReadInOrder() throws IOException {
    // PDFTextStripper reads glyphs left to right and puts right-to-left runs back in reading
    // order: text drawn in reading order instead of visual order comes out backwards
    String text = squash(PdfReportTest.text(pdf));
    assertTrue(text.contains(squash(ReportFixtures.PERSIAN)), "Persian statement:\n" + text);
    assertTrue(text.contains(squash(ReportFixtures.ARABIC)), "Arabic statement");
    assertTrue(text.contains(squash(ReportFixtures.HEBREW)), "Hebrew statement");
    assertTrue(text.contains("سربازان کره شمالی در کورسک"), "Persian topic title");
    assertTrue(text.contains("خبرگزاری ایرنا"), "Persian source name");
    assertFalse(text.replace("printed as \uFFFD", "").contains("\uFFFD"),
        "a right-to-left letter went missing");
  }

  @Test
  void arabicLettersAreDrawnJoined() throws IOException {
    // the glyphs on the page are the joined presentation forms, not the isolated letters that
    // a text operator draws from plain Arabic code points
    StringBuilder glyphs = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) {
          positions.forEach(p -> glyphs.append(p.getUnicode()));
        }
      };
      stripper.getText(doc);
    }
    long forms = glyphs.codePoints().filter(c -> c >= 0xFB50 && c <= 0xFEFC).count();
    assertTrue(forms > 100, "presentation forms drawn: " + forms);
    // "سخنگوی", left to right as drawn: medial noon, medial khah, initial seen (an isolated form
    // shares its letter's glyph, so the page's own mapping names it by the letter: not tested)
    assertTrue(glyphs.indexOf("\uFEE8\uFEA8\uFEB3") >= 0, "no joined, reordered Persian word");
    assertTrue(glyphs.indexOf("\uFEFB") >= 0 || glyphs.indexOf("\uFEFC") >= 0, "no lam-alef ligature");
  }

  @Test
  void shapesThenOrdersALineForDrawing() {
    String shaped = RightToLeft.shape("سلام");
    assertEquals("\uFEB3\uFEFC\uFEE1", shaped);
    assertEquals(shaped, RightToLeft.shape(shaped), "shaping twice changed the text");
    // drawn left to right: the last letter first, the brackets mirrored, the Latin word intact
    assertEquals("\uFEE1\uFEFC\uFEB3", RightToLeft.visual(shaped, true));
    assertEquals("(ب) Kursk ا", RightToLeft.visual("ا Kursk (ب)", true));
    assertEquals("said ابپ today", RightToLeft.visual("said پبا today", false));
    assertTrue(RightToLeft.paragraph(ReportFixtures.ARABIC));
    assertFalse(RightToLeft.paragraph("Peskov said " + ReportFixtures.ARABIC));
  }

  private static String squash(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }
}
