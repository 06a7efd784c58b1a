package org.ackgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionsCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AttributionsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(csv)).getRecords();
  }

  @Test
  void countsOffsetsInCodePointsPastANonBmpCharacter() throws IOException {
    // U+1D400 takes two UTF-16 units but one code point
    String text = "\uD835\uDC00 \"We have images,\" Ortiz told reporters.";
    Path f = dir.resolve("a.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Run r = run(f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(String.join(",", AttributionsCommand.HEADER) + "\n"),
        r.out());
    CSVRecord row = rows(r.out()).get(0);
    int[] cps = text.codePoints().toArray();
    assertEquals("told", new String(cps, Integer.parseInt(row.get("cue_start")),
        Integer.parseInt(row.get("cue_end")) - Integer.parseInt(row.get("cue_start"))));
    assertEquals("Ortiz", new String(cps, Integer.parseInt(row.get("source_start")),
        Integer.parseInt(row.get("source_end")) - Integer.parseInt(row.get("source_start"))));
    assertEquals("We have images", new String(cps, Integer.parseInt(row.get("content_start")),
        Integer.parseInt(row.get("content_end")) - Integer.parseInt(row.get("content_start"))));
    assertEquals(text.indexOf("told") - 1, Integer.parseInt(row.get("cue_start")));
    assertEquals("Ortiz", row.get("speaker"));
    assertEquals("", row.get("source_id"));
  }

  @Test
  void leavesSourceOffsetsEmptyWithoutASource() throws IOException {
    Path f = dir.resolve("b.txt");
    Files.writeString(f, "The tanker, it was reported, had gone dark.", StandardCharsets.UTF_8);
    Run r = run(f.toString());
    assertEquals(0, r.code());
    for (CSVRecord row : rows(r.out())) {
      if (row.get("speaker").isEmpty()) {
        assertEquals("", row.get("source_start"));
        assertEquals("", row.get("source_end"));
      }
    }
  }

  @Test
  void resolvesSourceIdsThroughAliasesAndPronouns() throws IOException {
    Path sources = dir.resolve("sources.csv");
    Files.writeString(sources, "\ufeffsource_id,name,actor,type,aliases\n"
        + "a-gov,Government of A,AA,government,Lena Ortiz|Ortiz\n"
        + "kremlin,Kremlin,RU,official,Песков*\n", StandardCharsets.UTF_8);
    Path f = dir.resolve("c.txt");
    Files.writeString(f, "Lena Ortiz said on Monday that the tanker was boarded. She added that"
        + " the crew was safe.\n\nПо словам Пескова, Кремль не комментирует.\n",
        StandardCharsets.UTF_8);
    Run r = run("--sources", sources.toString(), f.toString());
    assertEquals(0, r.code(), r.err());
    List<String> ids = rows(r.out()).stream().map(x -> x.get("speaker") + "=" + x.get("source_id"))
        .toList();
    assertEquals(List.of("Lena Ortiz=a-gov", "She=a-gov", "Пескова=kremlin"), ids);
  }

  @Test
  void reportsAnUnreadableFileAndGoesOn() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Kirby said the troops were in Kursk.", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.txt");
    Run r = run(missing.toString(), good.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().startsWith(missing + ": "), r.err());
    assertEquals(1, rows(r.out()).size());
    assertEquals(good.toString(), rows(r.out()).get(0).get("file"));
  }

  @Test
  void exitsWithTwoOnAUsageError() {
    assertEquals(AttributionsCommand.USAGE, run().code());
    assertEquals(AttributionsCommand.USAGE, run("--nope", "x.txt").code());
    assertEquals(AttributionsCommand.USAGE, run("--sources").code());
    Run r = run("--sources", dir.resolve("none.csv").toString(), "x.txt");
    assertEquals(AttributionsCommand.USAGE, r.code());
    assertTrue(r.err().contains("none.csv: "), r.err());
  }
}
