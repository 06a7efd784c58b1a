package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in (SPEC §6): what the job makes of them, end to end. */
class ArticlesTest {

  static final Path EXAMPLE = Path.of("../shared/examples/articles/input");

  @TempDir Path tmp;

  static Map<String, CSVRecord> byId(Path file) throws Exception {
    Map<String, CSVRecord> out = new HashMap<>();
    for (CSVRecord r : RejectsTest.read(file)) {
      out.put(r.get(0), r);
    }
    return out;
  }

  @Test
  void theWorkedExampleYieldsItsStatementsSourcesDaysAndReports() throws Exception {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared worked example is not here");
    Run run = Run.job(EXAMPLE, tmp.resolve("out"), "2025-03-10");
    assertEquals(0, run.code(), run.err());
    Path day = tmp.resolve("out/2025-03-10");
    Map<String, CSVRecord> x = byId(day.resolve("extracted.csv"));
    // the outlets' own voices
    for (String[] own : new String[][] {{"wire-0305", "wire", "2025-03-05"},
        {"bnews-feed#1", "b-news", "2025-03-04"}, {"bnews-feed#2", "b-news", "2025-03-06"},
        {"wire-orion", "wire", "2025-03-07"}, {"bn-ru-1", "b-news", "2025-03-08"}}) {
      CSVRecord r = x.get(own[0]);
      assertTrue(r != null, own[0] + " missing: " + x.keySet());
      assertEquals(own[1], r.get("source_id"), own[0]);
      assertEquals(own[2], r.get("date"), own[0]);
      assertEquals("", r.get("speaker"), own[0]);
    }
    // the attributions: (source, day) with how many reports, as the example's README has them
    Map<String, Integer> said = new HashMap<>();
    for (CSVRecord r : x.values()) {
      if (!r.get("speaker").isEmpty()) {
        said.merge(r.get("source_id") + " " + r.get("date"), Integer.parseInt(r.get("reports")),
            Integer::sum);
      }
    }
    assertEquals(Map.of("a-gov 2025-03-03", 1, "a-gov 2025-03-05", 2, "monitor 2025-03-05", 1,
        "b-mod 2025-03-06", 2, "b-mod 2025-03-07", 1, "b-mod 2025-03-08", 1), said);
    assertTrue(x.get("bn-ru-1:1").get("speaker").contains("Петров"), x.get("bn-ru-1:1").toString());
    List<String> speakers = new ArrayList<>();
    RejectsTest.read(day.resolve("speakers.csv")).forEach(r -> speakers.add(r.get("speaker")));
    assertTrue(speakers.contains("A B navy spokesman"), speakers.toString());
    Map<String, String> rejects = new HashMap<>();
    RejectsTest.read(day.resolve("rejects.csv")).forEach(r -> rejects.put(r.get("file"),
        r.get("reason")));
    assertTrue(rejects.get("articles/notes.txt").startsWith("no date"), rejects.toString());
    assertEquals(1, rejects.size(), rejects.toString());
    // every extracted statement went through matching and classification, naming its article
    for (CSVRecord p : RejectsTest.read(day.resolve("positions.csv"))) {
      CSVRecord e = x.get(p.get("statement_id"));
      String from = "article " + e.get("article_id")
          + (e.get("speaker").isEmpty() ? "" : ", speaker " + e.get("speaker"));
      assertTrue(p.get("evidence").endsWith(from), p.toString());
    }
    assertTrue(run.summary().contains("5 articles read"), run.summary());
  }

  @Test
  void theSeedArticleYieldsTheStatementsOfItsSpeakers() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/articles"));
    Files.copy(Path.of("input/topics.csv"), tmp.resolve("in/topics.csv"));
    Files.copy(Path.of("input/sources.csv"), tmp.resolve("in/sources.csv"));
    Files.copy(Path.of("input/articles/seed-2024-12-18.txt"), in.resolve("seed.txt"));
    Run run = Run.job(tmp.resolve("in"), tmp.resolve("out"), "2024-12-31");
    assertEquals(0, run.code(), run.err());
    List<String> found = new ArrayList<>();
    for (CSVRecord r : RejectsTest.read(tmp.resolve("out/2024-12-31/extracted.csv"))) {
      found.add(r.get("source_id") + " " + r.get("date"));
    }
    for (String expected : List.of("us-nsc 2024-12-16", "isw 2024-12-17")) {
      assertTrue(found.contains(expected), expected + " not in " + found);
    }
    for (String source : List.of("us-dod", "ua-president", "ua-gur", "euromaidan-press")) {
      assertTrue(found.stream().anyMatch(f -> f.startsWith(source + " ")),
          source + " not in " + found);
    }
  }

  @Test
  void codingAnExtractedStatementIsCopyingItsRowAndAddingAStance() throws Exception {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared worked example is not here");
    Path in = Fixtures.copy(EXAMPLE, tmp.resolve("in"));
    Run first = Run.job(in, tmp.resolve("out"), "2025-03-10");
    assertEquals(0, first.code(), first.err());
    CSVRecord petrov = byId(tmp.resolve("out/2025-03-10/extracted.csv")).get("bn-ru-1:1");
    Files.writeString(in.resolve("statements.csv"), "statement_id,date,source_id,text,stance\n"
        + petrov.get("statement_id") + "," + petrov.get("date") + "," + petrov.get("source_id")
        + ",\"" + petrov.get("text") + "\",affirm\n", StandardCharsets.UTF_8);
    Run second = Run.job(in, tmp.resolve("out"), "2025-03-10");
    assertEquals(0, second.code(), second.err());
    List<CSVRecord> rows = RejectsTest.read(tmp.resolve("out/2025-03-10/positions.csv")).stream()
        .filter(r -> r.get("statement_id").equals("bn-ru-1:1")).toList();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("coded", rows.get(0).get("origin"));
    assertEquals("affirm", rows.get(0).get("stance"));
    assertFalse(Files.readString(tmp.resolve("out/2025-03-10/rejects.csv")).contains("bn-ru-1:1"));
  }

  @Test
  void badArticlesAreRejectedAndTheRestStillLoad() throws Exception {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared worked example is not here");
    Path in = Fixtures.copy(EXAMPLE, tmp.resolve("in"));
    Path articles = in.resolve("articles");
    Files.write(articles.resolve("binary.txt"), new byte[] {'s', 0, 1, 2, 0, 'x'});
    Files.write(articles.resolve("cp1251.txt"), ("source: wire\ndate: 2025-03-05\n\n"
        + "Песков заявил, что это провокация.").getBytes("windows-1251"));
    Files.writeString(articles.resolve("broken.html"), "<html><head><link rel=canonical "
        + "href=\"https://wire.example/x\"><meta property=\"article:published_time\" "
        + "content=\"2025-03-05\"></head><body><article><p>Ortiz said the tanker was seized.<p>"
        + "<div><b>unclosed");
    Files.writeString(articles.resolve("feed.rss"), "<rss><channel><link>https://wire.example"
        + "</link><item><title>No date here</title><link>https://wire.example/a</link></item>"
        + "<item><title>Dated</title><link>https://wire.example/b</link>"
        + "<pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate><description>Ortiz said it was "
        + "seized.</description></item></channel></rss>");
    Run run = Run.job(in, tmp.resolve("out"), "2025-03-10");
    assertEquals(0, run.code(), run.err());
    Map<String, String> rejects = new HashMap<>();
    RejectsTest.read(tmp.resolve("out/2025-03-10/rejects.csv")).forEach(r -> rejects.put(
        r.get("file") + ":" + r.get("line"), r.get("reason")));
    assertTrue(rejects.get("articles/binary.txt:0").startsWith("not text"), rejects.toString());
    assertTrue(rejects.get("articles/cp1251.txt:0").startsWith("not UTF-8"), rejects.toString());
    assertTrue(rejects.get("articles/feed.rss:1").startsWith("no date"), rejects.toString());
    Map<String, CSVRecord> x = byId(tmp.resolve("out/2025-03-10/extracted.csv"));
    assertTrue(x.containsKey("broken"), x.keySet().toString());
    assertTrue(x.containsKey("feed#2"), x.keySet().toString());
    assertTrue(x.containsKey("wire-0305:4"), "the good articles lost: " + x.keySet());
  }

  @Test
  void aRejectedExtractedStatementNamesItsLineAmongTheArticlesUsed() throws Exception {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared worked example is not here");
    Path in = Fixtures.copy(EXAMPLE, tmp.resolve("in"));
    Path articles = in.resolve("articles");
    // a duplicate article id, its statements (over several lines) written before it is known
    Files.writeString(articles.resolve("x-dup.txt"), "source: wire\ndate: 2025-03-05\n"
        + "id: wire-0305\ntitle: Seized\n\nOrtiz said the tanker was seized.\n\n"
        + "Petrov said it was not.\n\nThe ship lay at anchor.\n");
    // an article that is all attribution: its own voice has no text, a reject
    Files.writeString(articles.resolve("y-quote.txt"), "source: wire\ndate: 2025-03-06\n\n"
        + "Ortiz said the tanker was seized.\n");
    Run run = Run.job(in, tmp.resolve("out"), "2025-03-10");
    assertEquals(0, run.code(), run.err());
    List<String> rejects = new ArrayList<>();
    RejectsTest.read(tmp.resolve("out/2025-03-10/rejects.csv")).forEach(r -> rejects.add(
        r.get("file") + ":" + r.get("line") + " " + r.get("reason")));
    assertTrue(rejects.stream().anyMatch(r -> r.startsWith("articles/x-dup.txt:0 duplicate "
        + "article id 'wire-0305'")), rejects.toString());
    // line 19 of the rows of the articles used alone, as when a duplicate's rows were never
    // written: the duplicate's three rows (one of them over several lines) are not counted
    assertTrue(rejects.contains("articles:19 missing required value: text (required when stance"
        + " is blank)"), rejects.toString());
  }
}
