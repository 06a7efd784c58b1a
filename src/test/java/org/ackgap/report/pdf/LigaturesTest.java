package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.report.chart.ReportFonts;
import org.ackgap.report.chart.ReportFonts.Face;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LigaturesTest {

  private static final List<String> TEXTS = List.of(
      "office", "offline waffle", "fluff fifty", "ffffi fffl ff f", "affiliate of staff",
      "no ligature here", "Ff FI fL", "ﬁ already ligated", "e\u0301f", "f", "", "fi",
      "chief officer’s afflicted staffroom, café fjord");

  @ParameterizedTest
  @EnumSource(Face.class)
  void drawsTheGlyphsThatPdfBoxGsubDraws(Face face) throws IOException {
    byte[] data;
    try (InputStream in = ReportFonts.open(face)) {
      data = in.readAllBytes();
    }
    try (PDDocument doc = new PDDocument()) {
      PDType0Font withGsub = PDType0Font.load(doc, new java.io.ByteArrayInputStream(data), true);
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
      doc.registerTrueTypeFontForClosing(ttf);
      Ligatures ligatures = Ligatures.of(ttf);
      assertFalse(ligatures.isNone(), "DejaVu ligates ff, fi and fl");
      ttf.setEnableGsub(false);
      PDType0Font withoutGsub = PDType0Font.load(doc, ttf, true);

      assertEquals(glyphs(doc, withGsub, TEXTS, Ligatures.NONE),
          glyphs(doc, withoutGsub, TEXTS, ligatures));
    }
  }

  private static List<String> glyphs(PDDocument doc, PDType0Font font, List<String> texts,
      Ligatures ligatures) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      for (String text : texts) {
        cs.beginText();
        cs.setFont(font, 10);
        cs.showText(ligatures.apply(text));
        cs.endText();
      }
    }
    List<String> shown = new ArrayList<>();
    for (Object token : new PDFStreamParser(page).parse()) {
      if (token instanceof COSString s) {
        shown.add(s.toHexString());
      }
    }
    assertEquals(texts.size(), shown.size());
    return shown;
  }
}
