package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ackgap.report.csv.Tables;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the shipped sample (input/, the seed case) publishes every file of SPEC §4 with the
 * statuses the record supports, at the seed article's date and after Moscow's acknowledgement.
 */
class SampleEndToEndTest {

  static final Path SAMPLE = Path.of("input");

  @TempDir static Path out;
  static Run december;
  static Run may;

  @BeforeAll
  static void runTwice() {
    december = Run.job(SAMPLE, out, "2024-12-17");
    may = Run.job(SAMPLE, out, "2025-05-01");
  }

  static Map<String, CSVRecord> scores(String asOf) throws Exception {
    Map<String, CSVRecord> byTopic = new HashMap<>();
    for (CSVRecord r : RejectsTest.read(out.resolve(asOf).resolve("gap_scores.csv"))) {
      byTopic.put(r.get("topic_id"), r);
    }
    return byTopic;
  }

  @Test
  void publishesEveryFileOfTheContract() throws Exception {
    assertEquals(0, december.code(), december.err());
    Path day = out.resolve("2024-12-17");
    for (String f : List.of("gap_scores.csv", "positions.csv", "timeline.csv", "rejects.csv",
        "review.csv", "manifest.json", "report.pdf", "gap_by_topic.png", "stance_matrix.png",
        "days_unacknowledged.png", "timeline-nk-troops-kursk.png")) {
      assertTrue(Files.size(day.resolve(f)) > 0, f + " missing or empty");
    }
    assertTrue(december.summary().startsWith("ackgap: done: 4 topics, 62 statements read,"
        + " 0 rejected"), december.summary());
  }

  @Test
  void tablesHaveTheExactHeaders() throws Exception {
    Path day = out.resolve("2024-12-17");
    assertEquals(String.join(",", Tables.GAP_SCORES), firstLine(day.resolve("gap_scores.csv")));
    assertEquals(String.join(",", Tables.POSITIONS), firstLine(day.resolve("positions.csv")));
    assertEquals(String.join(",", Tables.TIMELINE), firstLine(day.resolve("timeline.csv")));
    assertEquals("file,line,reason,record", firstLine(day.resolve("rejects.csv")));
    assertEquals("topic_id,title,status,gap_score,confirmation,acknowledgement,denied,"
        + "first_confirmed,acknowledged_on,days_unacknowledged,third_party_statements,"
        + "subject_statements,omission_rate", firstLine(day.resolve("gap_scores.csv")));
  }

  @Test
  void inDecemberTheTroopsAreConfirmedAndUnacknowledged() throws Exception {
    CSVRecord troops = scores("2024-12-17").get("nk-troops-kursk");
    assertEquals("EVASIVE", troops.get("status"));
    assertEquals("0.000", troops.get("acknowledgement"));
    assertTrue(Double.parseDouble(troops.get("gap_score")) > 90, troops.toString());
    assertEquals("2024-10-18", troops.get("first_confirmed"));
    assertEquals("true", troops.get("denied"));
    assertEquals("60", troops.get("days_unacknowledged"));
    for (CSVRecord r : scores("2024-12-17").values()) {
      assertTrue(List.of("DENIED", "EVASIVE", "SILENT").contains(r.get("status")), r.toString());
    }
  }

  @Test
  void inMayMoscowHasAcknowledgedTheTroops() throws Exception {
    assertEquals(0, may.code(), may.err());
    CSVRecord troops = scores("2025-05-01").get("nk-troops-kursk");
    assertEquals("ACKNOWLEDGED", troops.get("status"));
    assertEquals("2025-04-26", troops.get("acknowledged_on"));
    assertEquals("0.0", troops.get("gap_score"));
    assertEquals("190", troops.get("days_unacknowledged"));
    CSVRecord disguise = scores("2025-05-01").get("nk-disguise-buryat");
    assertEquals("SILENT", disguise.get("status"));
  }

  @Test
  void everyStatementIsTracedToItsPositions() throws Exception {
    List<CSVRecord> positions = RejectsTest.read(out.resolve("2025-05-01/positions.csv"));
    assertTrue(positions.stream().anyMatch(p -> p.get("origin").equals("classified")));
    assertTrue(positions.stream().anyMatch(p -> p.get("origin").equals("coded")));
    for (CSVRecord p : positions) {
      assertTrue(List.of("affirm", "deny", "discuss", "none").contains(p.get("stance")));
      assertTrue(List.of("subject", "third-party").contains(p.get("side")));
      assertTrue(!p.get("evidence").isBlank(), "no evidence for " + p);
    }
  }

  @Test
  void chartsDecodeAsImages() throws Exception {
    try (Stream<Path> files = Files.list(out.resolve("2024-12-17"))) {
      List<Path> pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
      assertEquals(3 + 4, pngs.size(), pngs.toString());
      for (Path png : pngs) {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode");
        assertTrue(image.getWidth() >= 1000, png + " is not at print scale");
      }
    }
  }

  @Test
  void reportShowsEveryTopicAndTheRussianStatements() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("2024-12-17/report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      for (String title : List.of("North Korean troops fighting in Kursk",
          "North Korean casualties", "Concealment of the North Korean dead",
          "North Koreans disguised as Buryats")) {
        assertTrue(text.contains(title), title + " missing from the PDF");
      }
      assertTrue(text.contains("17 December 2024") || text.contains("2024-12-17"));
      assertTrue(text.contains("Песков"), "Cyrillic statement missing from the PDF");
      assertTrue(text.contains("Third parties confirmed on"), "search for 'confirmed' fails");
      assertTrue(!text.contains("\uFB01") && !text.contains("\uFB02"), "ligatures in the text");
      assertTrue(pdf.getNumberOfPages() >= 6, "pages: " + pdf.getNumberOfPages());
    }
  }

  @Test
  void coverCountsTheStatementsDatedUpToTheAsOf() throws Exception {
    // 42 rows of statements.csv (s01-s42) and the extracted statements dated up to 17 December;
    // the cover once summed every row read, after the as-of date too
    List<org.apache.commons.csv.CSVRecord> extracted =
        RejectsTest.read(out.resolve("2024-12-17/extracted.csv"));
    long extractedInScope = extracted.stream()
        .filter(r -> r.get("date").compareTo("2024-12-17") <= 0).count();
    long later = 20 + extracted.size() - extractedInScope;
    try (PDDocument pdf = Loader.loadPDF(out.resolve("2024-12-17/report.pdf").toFile())) {
      PDFTextStripper cover = new PDFTextStripper();
      cover.setEndPage(1);
      String text = cover.getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains((42 + extractedInScope) + " statements in scope"), text);
      assertTrue(text.contains(later + " statements dated later are left out"), text);
    }
  }

  @Test
  void manifestListsEveryInputWithItsHash() throws Exception {
    String manifest = Files.readString(out.resolve("2024-12-17/manifest.json"),
        StandardCharsets.UTF_8);
    for (String f : List.of("topics.csv", "sources.csv", "statements.csv")) {
      assertTrue(manifest.matches("(?s).*\"file\": \"" + f + "\",\\s*\"sha256\": \"[0-9a-f]{64}\".*"),
          f + " missing from the manifest:\n" + manifest);
    }
    try (var articles = Files.list(SAMPLE.resolve("articles"))) {
      for (Path a : articles.toList()) {
        assertTrue(manifest.contains("\"file\": \"articles/" + a.getFileName() + "\""),
            a + " missing from the manifest:\n" + manifest);
      }
    }
    // 20 rows of statements.csv and the extracted statements dated after 17 December
    long extractedLater = RejectsTest.read(out.resolve("2024-12-17/extracted.csv")).stream()
        .filter(r -> r.get("date").compareTo("2024-12-17") > 0).count();
    assertTrue(manifest.contains("\"statements_after_as_of\": " + (20 + extractedLater)),
        manifest);
  }

  private static String firstLine(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
  }
}
