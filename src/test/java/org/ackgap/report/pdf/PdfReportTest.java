package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {

  private static final ReportData SAMPLE = ReportFixtures.sample();
  private static byte[] samplePdf;

  @BeforeAll
  static void writeSample() throws IOException {
    samplePdf = pdf(SAMPLE);
  }

  @Test
  void namesEveryTopicAndTheAsOfDate() throws IOException {
    String text = text(samplePdf);
    for (TopicScore s : SAMPLE.scores()) {
      assertTrue(text.contains(s.topic().title()), "missing topic title " + s.topic().title());
    }
    assertTrue(text.contains("As of 17 December 2024"));
    assertTrue(text.contains("Executive summary"));
    assertTrue(text.contains("Method"));
    assertTrue(text.contains("Data quality"));
  }

  @Test
  void printsCyrillicAndLatinExtendedStatementsAsText() throws IOException {
    String text = squash(text(samplePdf));
    assertTrue(text.contains(squash(ReportFixtures.CYRILLIC)), "Cyrillic statement missing");
    assertTrue(text.contains("żołnierze"), "Latin-extended text missing");
    assertTrue(text.contains("ТАСС"), "Cyrillic source name missing");
  }

  @Test
  void writesOneSentencePerTopicFromTheNumbers() throws IOException {
    String text = squash(text(samplePdf));
    assertTrue(text.contains(squash("Third parties confirmed on 18 Oct 2024 (South Korea's NIS); the "
        + "subject side (RU, KP) denied on 8 Oct 2024 and deflected on 24 Oct 2024; unacknowledged for "
        + "60 days")), "summary sentence missing");
  }

  @Test
  void coverCountsOnlyStatementsInScope() throws IOException {
    ReportFixtures.Builder b = new ReportFixtures.Builder(java.time.LocalDate.of(2024, 12, 17));
    b.source("a", "A news", "AA", org.ackgap.SourceType.STATE_MEDIA, 0.5, "a");
    b.source("b", "B government", "BB", org.ackgap.SourceType.GOVERNMENT, 0.9, "b");
    ReportFixtures.TopicBuilder t = b.topic("t", "A claim", "A did it.", "AA");
    for (int i = 1; i <= 13; i++) {
      t.say("s" + i, "2024-11-" + (10 + i), i % 2 == 0 ? "a" : "b", org.ackgap.Stance.AFFIRM, "Said.", "");
    }
    String text = squash(text(pdf(b.afterAsOf(22).build())));
    assertTrue(text.contains("13 statements in scope"), text.substring(0, 600));
    assertTrue(text.contains("dated on or before the as-of date, 11 Nov 2024 – 23 Nov 2024. "
        + "22 statements dated later are left out."), text.substring(0, 600));
    assertFalse(text.contains("35"), "the cover counts statements after the as-of date");
  }

  @Test
  void explainsEveryParameterInForce() throws IOException {
    String text = squash(text(samplePdf));
    for (String meaning : List.of("weight of a statement that confirms",
        "weight of a statement that disputes", "weight of a statement that alleges",
        "weight of a statement that leaves the claim out")) {
      assertTrue(text.contains(meaning), "missing: " + meaning);
    }
  }

  @Test
  void theSameDataGiveTheSameBytes() throws IOException {
    // no clock in the file: neither the run's duration nor PDFBox's time-drawn file identifier
    assertArrayEquals(samplePdf, pdf(SAMPLE));
    assertFalse(text(samplePdf).contains("until the report was drawn"));
  }

  @Test
  void drawsChartTextAsRealText() throws IOException {
    String text = text(samplePdf);
    assertTrue(text.contains("Gap score (0–100)"), "gap chart axis label is not text");
    assertTrue(text.contains("first confirmed 18 Oct 2024"), "timeline annotation is not text");
    assertTrue(text.contains("Who said what"), "matrix title is not text");
    // JFreeChart's own default font for it is one the PDF cannot embed, so it came out as outlines
    assertTrue(text.contains("No statements on this topic as of 17 Dec 2024"),
        "a quiet topic's timeline message is not text");
  }

  @Test
  void hasASensiblePageCount() throws IOException {
    try (PDDocument doc = Loader.loadPDF(samplePdf)) {
      int topics = SAMPLE.topics().size();
      // title + summary, table, three chart pages, one or more per topic, method
      assertTrue(doc.getNumberOfPages() >= 5 + topics, "pages: " + doc.getNumberOfPages());
      assertTrue(doc.getNumberOfPages() <= 8 + 2 * topics, "pages: " + doc.getNumberOfPages());
      assertTrue(text(samplePdf).contains("page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages()));
    }
  }

  @Test
  void embedsEveryFont() throws IOException {
    try (PDDocument doc = Loader.loadPDF(samplePdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
      assertFalse(fonts.isEmpty());
      for (PDFont f : fonts) {
        assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
        assertTrue(f.getName().contains("DejaVu"), f.getName());
      }
    }
  }

  @Test
  void linksStatementUrls() throws IOException {
    List<String> uris = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(samplePdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    assertTrue(uris.contains(ReportFixtures.URL), uris.toString());
  }

  @Test
  void showsAtMostThirtyTopicSections() throws IOException {
    ReportData many = ReportFixtures.many(40);
    long start = System.nanoTime();
    String text = text(pdf(many));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Matcher m = Pattern.compile("TOPIC (\\d+) OF 40").matcher(text);
    java.util.Set<String> sections = new java.util.HashSet<>();
    while (m.find()) {
      sections.add(m.group(1));
    }
    assertEquals(30, sections.size(), sections.toString());
    // the summary table still lists every topic
    for (TopicScore s : many.scores()) {
      assertTrue(squash(text).contains(squash(s.topic().title())), s.topic().title());
    }
    assertTrue(millis < 30_000, "40 topics took " + millis + " ms");
  }

  @Test
  void survivesCharactersTheFontLacks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.pdf");
    PdfReport.write(ReportFixtures.withMissingGlyphs(), file);
    String text = text(Files.readAllBytes(file));
    assertTrue(text.contains("\uFFFD"), "no visible replacement for the missing glyphs");
    assertTrue(text.contains("says"));
  }

  @Test
  void shortensUrlsForTheTable() {
    assertEquals("nis.go.kr/AF/1_2_1/view.do", PdfReport.displayUrl(ReportFixtures.URL));
    assertTrue(PdfReport.linkable("https://x.org"));
    assertFalse(PdfReport.linkable("javascript:alert(1)"));
  }

  static byte[] pdf(ReportData data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PdfReport.write(data, bytes);
    return bytes.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Returns text with all runs of blanks as one space, since wrapping breaks lines anywhere. */
  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts, depth + 1);
      }
    }
  }
}
