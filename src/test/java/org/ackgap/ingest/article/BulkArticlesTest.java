package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk exports: each CSV or JSON Lines row an article, a bad row a reject at its line. */
class BulkArticlesTest {

  @TempDir Path tmp;

  @Test
  void readsCsvColumnsByNameInAnyOrderAndCase() {
    List<Article> articles = new Folder(tmp).write("export.csv", "\uFEFFTEXT,Date,Source_ID,"
        + "url,title,article_id,extra\n"
        + "\"Line one\nline two\n\nPara two\",2025-03-05,wire,https://wire.example/1,T1,w-1,x\n"
        + "Text,2025-03-06T01:00:00+03:00,,https://news.tass.ru/2,T2,,\n").articles();
    assertEquals(new Article("w-1", "export.csv", 2, "wire", LocalDate.of(2025, 3, 5),
        "https://wire.example/1", "T1", "Line one line two\n\nPara two", ""), articles.get(0));
    Article second = articles.get(1);
    assertEquals("export#2", second.id());
    assertEquals(6, second.item());
    assertEquals("ria", second.sourceId());
    assertEquals(LocalDate.of(2025, 3, 5), second.date());
  }

  @Test
  void rejectsABadCsvRowAtItsLineAndReadsTheRest() {
    List<String> lines = new Folder(tmp).write("e.csv", "article_id,source_id,date,text\n"
        + "a,wire,2025-03-05,One\n"
        + "b,nobody,2025-03-05,Two\n"
        + "\n"
        + "c,wire,,Three\n"
        + "d,wire,2025-03-05,Four\n").lines();
    assertEquals(List.of(
        "a 2025-03-05 wire e.csv 2",
        "rejected e.csv 3: unknown source 'nobody': no such source_id in sources.csv",
        "rejected e.csv 5: no date: expected a `date` value",
        "d 2025-03-05 wire e.csv 6"), lines);
  }

  @Test
  void rejectsACsvWithoutADateColumnNamingTheColumnsExpected() {
    ArticleResult.Rejected r = new Folder(tmp).write("e.csv", "id,when,text\n1,2,3\n")
        .onlyReject();
    assertEquals("missing column 'date': expected a header row with article_id, source_id,"
        + " date, url, title, text (found: id, when, text)", r.reason());
  }

  @Test
  void keepsTheCsvRowsBeforeABrokenQuote() {
    List<String> lines = new Folder(tmp).write("e.csv", "source_id,date,text\n"
        + "wire,2025-03-05,One\n"
        + "wire,2025-03-05,\"Two\" and more\n").lines();
    assertEquals(2, lines.size(), lines.toString());
    assertEquals("e#1 2025-03-05 wire e.csv 2", lines.get(0));
    assertTrue(lines.get(1).startsWith("rejected e.csv 3: malformed CSV: "), lines.get(1));
    assertTrue(lines.get(1).endsWith("; the row before it was read"), lines.get(1));
  }

  @Test
  void rejectsAWindows1251Csv() {
    ArticleResult.Rejected r = new Folder(tmp).write("e.csv", "source_id,date,text\n"
        .concat("tass,2025-03-05,Текст\n").getBytes(Charset.forName("windows-1251")))
        .onlyReject();
    assertTrue(r.reason().startsWith("not UTF-8: byte 0xD2 on line 2"), r.reason());
  }

  @Test
  void rejectsOnlyTheBadLinesOfJsonLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("{\"article_id\": \"a\", \"source_id\": \"wire\", \"date\": \"2025-03-05\","
        + " \"text\": [\"P1\", \"P2\"]}\n"
        + "{\"source_id\": \"wire\", \"date\": \"2025-03-05\", \"text\": \"unterminated}\n"
        + "\n"
        + "[1, 2]\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"source_id\": \"tass\", \"date\": \"2025-03-05\", \"text\": \"Текст\"}\n"
        .getBytes(Charset.forName("windows-1251")));
    bytes.writeBytes(("{\"SOURCE_ID\": \"wire\", \"Date\": \"2025-03-05\", \"title\": \"T\","
        + " \"url\": null}\r\n").getBytes(StandardCharsets.UTF_8));
    List<String> lines = new Folder(tmp).write("x/e.jsonl", bytes.toByteArray()).lines();
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("a 2025-03-05 wire x/e.jsonl 1", lines.get(0));
    assertTrue(lines.get(1).startsWith("rejected x/e.jsonl 2: bad JSON: Unterminated string"),
        lines.get(1));
    assertEquals("rejected x/e.jsonl 4: bad JSON: not a JSON object; expected one object per"
        + " line with article_id, source_id, date, url, title, text", lines.get(2));
    assertTrue(lines.get(3).startsWith("rejected x/e.jsonl 5: not UTF-8: byte 0xD2 on line 5"),
        lines.get(3));
    assertEquals("x/e#5 2025-03-05 wire x/e.jsonl 6", lines.get(4));
  }

  @Test
  void joinsAJsonListOfParagraphs() {
    Article a = new Folder(tmp).write("e.jsonl", "{\"source_id\": \"wire\", \"date\":"
        + " \"2025-03-05\", \"text\": [\"P1\", \" P2 \"]}").only();
    assertEquals("P1\n\nP2", a.body());
  }
}
