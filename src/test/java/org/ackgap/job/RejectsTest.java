package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input row ends used or in rejects.csv, with file, line, reason and the raw record. */
class RejectsTest {

  static final String HEADER = "statement_id,date,source_id,topic_id,text,url,stance\n";

  @TempDir Path tmp;
  Path input;
  Path output;

  @BeforeEach
  void copyMinimalInput() throws Exception {
    input = Fixtures.minimalInput(tmp.resolve("in"));
    output = tmp.resolve("out");
    // these files are mostly bad rows on purpose: each row's fate is tested here, the share that
    // fails a run in InputFilesTest
    Files.writeString(input.resolve("ackgap.properties"), "max_reject_share = 1\n");
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(r)) {
      return p.getRecords();
    }
  }

  /** Returns the reject reasons by "file:line". */
  Map<String, String> rejects(String asOf) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (CSVRecord r : read(output.resolve(asOf).resolve("rejects.csv"))) {
      out.put(r.get("file") + ":" + r.get("line"), r.get("reason"));
    }
    return out;
  }

  List<String> positionIds(String asOf) throws IOException {
    List<String> ids = new ArrayList<>();
    for (CSVRecord r : read(output.resolve(asOf).resolve("positions.csv"))) {
      ids.add(r.get("statement_id"));
    }
    return ids;
  }

  @Test
  void rejectsEachBadRowAndKeepsEveryGoodNeighbour() throws Exception {
    String rows = HEADER
        + "ok1,2025-03-01,ngo-watch,dam-breach,Good row one.,,alleges\n"          // 2
        + "bad-fields,2025-03-01,ngo-watch,dam-breach,Too few fields\n"           // 3
        + "bad-date,2025-02-30,ngo-watch,dam-breach,Bad date.,,alleges\n"         // 4
        + "no-date,,ngo-watch,dam-breach,No date.,,alleges\n"                     // 5
        + "bad-source,2025-03-01,nobody,dam-breach,Unknown source.,,alleges\n"    // 6
        + "bad-topic,2025-03-01,ngo-watch,no-such-topic,Unknown topic.,,alleges\n" // 7
        + "ok1,2025-03-01,ngo-watch,dam-breach,Duplicate id.,,alleges\n"          // 8
        + ",2025-03-01,ngo-watch,dam-breach,No id.,,alleges\n"                    // 9
        + "bad-stance,2025-03-01,ngo-watch,dam-breach,Odd stance.,,perhaps\n"     // 10
        + "no-text,2025-03-01,ngo-watch,dam-breach,,,\n"                          // 11
        + "ok2,2025-03-02,ngo-watch,dam-breach,\"Quoted, with comma\nand a newline\",,alleges\n"
        + "ok3,2025-03-02,ngo-watch,dam-breach,Good row three.,,alleges\r\n"      // 14
        + "bad-quote,2025-03-01,ngo-watch,dam-breach,\"never closed,,alleges\n"   // 15
        + "ok4,2025-03-03,ngo-watch,dam-breach,After the stray quote.,,alleges\n"; // 16
    Files.writeString(input.resolve("statements-more.csv"), rows, StandardCharsets.UTF_8);
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    Map<String, String> rejects = rejects("2025-03-31");
    assertEquals(10, rejects.size(), rejects.toString());
    assertTrue(rejects.get("statements-more.csv:3").startsWith("expected 7 fields"));
    assertTrue(rejects.get("statements-more.csv:4").startsWith("bad date '2025-02-30'"));
    assertEquals("missing required value: date", rejects.get("statements-more.csv:5"));
    assertTrue(rejects.get("statements-more.csv:6").startsWith("unknown source 'nobody'"));
    assertTrue(rejects.get("statements-more.csv:7").startsWith("unknown topic 'no-such-topic'"));
    assertTrue(rejects.get("statements-more.csv:8").startsWith("duplicate statement_id 'ok1'"));
    assertEquals("missing required value: statement_id", rejects.get("statements-more.csv:9"));
    assertTrue(rejects.get("statements-more.csv:10").startsWith("unknown stance 'perhaps'"));
    assertTrue(rejects.get("statements-more.csv:11").startsWith("missing required value: text"));
    assertTrue(rejects.get("statements-more.csv:15").startsWith("unterminated quoted field"));
    List<String> ids = positionIds("2025-03-31");
    for (String good : List.of("ok1", "ok2", "ok3", "ok4")) {
      assertTrue(ids.contains(good), good + " lost: " + ids);
    }
    // the duplicate's position is dropped with it, whoever formatted its row
    assertEquals(1, java.util.Collections.frequency(ids, "ok1"), ids.toString());
    assertTrue(run.summary().contains("27 statements read, 10 rejected"), run.summary());
  }

  @Test
  void rejectRowCarriesTheRawRecord() throws Exception {
    Files.writeString(input.resolve("statements-more.csv"),
        HEADER + "x1,yesterday,ngo-watch,dam-breach,\"A \"\"quoted\"\" text\",,alleges\n");
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    CSVRecord r = read(output.resolve("2025-03-31").resolve("rejects.csv")).get(0);
    assertEquals("statements-more.csv", r.get("file"));
    assertEquals("2", r.get("line"));
    assertEquals("x1,yesterday,ngo-watch,dam-breach,\"A \"\"quoted\"\" text\",,alleges",
        r.get("record"));
  }

  @Test
  void invalidUtf8RejectsOnlyItsRow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("u1,2025-03-01,ngo-watch,dam-breach,Bad byte \u00ff here:"
        .getBytes(StandardCharsets.UTF_8));
    bytes.write(0xff);
    bytes.writeBytes(",,alleges\nu2,2025-03-01,ngo-watch,dam-breach,Кириллица в порядке.,,alleges\n"
        .getBytes(StandardCharsets.UTF_8));
    Files.write(input.resolve("statements-more.csv"), bytes.toByteArray());
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    assertTrue(rejects("2025-03-31").get("statements-more.csv:2")
        .startsWith("invalid UTF-8 in the record"));
    assertTrue(positionIds("2025-03-31").contains("u2"));
  }

  @Test
  void invalidTopicIdIsRejectedAndSoAreItsStatements() throws Exception {
    Files.writeString(input.resolve("topics.csv"),
        "\n../etc/passwd,Evil,Evil claim,AA\nUpper,Upper case,Claim,AA\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(input.resolve("statements-more.csv"),
        HEADER + "v1,2025-03-01,ngo-watch,../etc/passwd,Names the bad topic.,,alleges\n");
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    Map<String, String> rejects = rejects("2025-03-31");
    assertTrue(rejects.get("topics.csv:6").startsWith("invalid topic_id '../etc/passwd'"));
    assertTrue(rejects.get("topics.csv:7").startsWith("invalid topic_id 'Upper'"));
    assertEquals("topic '../etc/passwd' was rejected in topics.csv",
        rejects.get("statements-more.csv:2"));
    try (var files = Files.walk(output)) {
      assertFalse(files.anyMatch(p -> p.toString().contains("passwd")));
    }
  }

  @Test
  void byteOrderMarkAndUpperCaseHeadersAndAnyColumnOrderAreAccepted() throws Exception {
    Files.writeString(input.resolve("statements.csv"), "\uFEFFSTANCE,Text,Date,Source_ID,"
        + "Statement_Id,Topic_ID,extra\r\nconfirms,B's government confirmed it.,2025-03-04,"
        + "bb-gov,z1,dam-breach,ignored\r\n", StandardCharsets.UTF_8);
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of("z1"), positionIds("2025-03-31"));
  }

  @Test
  void fiveMegabyteTextIsAccepted() throws Exception {
    String huge = "Kursk ".repeat(900_000);
    Files.writeString(input.resolve("statements-more.csv"),
        HEADER + "big,2025-03-01,ngo-watch,dam-breach,\"" + huge + "\",,alleges\n");
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    assertTrue(positionIds("2025-03-31").contains("big"));
  }

  @Test
  void strayQuoteBeforeABadByteLosesNoGoodRow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER
        + "m1,2025-03-01,ngo-watch,dam-breach,\"stray,,alleges\n"
        + "m2,2025-03-01,ngo-watch,dam-breach,bad ").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xff);
    bytes.writeBytes((" byte,,alleges\n"
        + "m3,2025-03-01,ngo-watch,dam-breach,fine,,alleges\n"
        + "m4,2025-03-01,ngo-watch,dam-breach,\"close\",,alleges\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(input.resolve("statements-more.csv"), bytes.toByteArray());
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    Map<String, String> rejects = rejects("2025-03-31");
    assertTrue(rejects.get("statements-more.csv:2").startsWith("malformed record"), rejects.toString());
    assertTrue(rejects.get("statements-more.csv:3").startsWith("invalid UTF-8 in the record"));
    assertEquals(2, rejects.size(), rejects.toString());
    assertTrue(positionIds("2025-03-31").containsAll(List.of("m3", "m4")));
  }

  @Test
  void codedRowWithNeitherTextNorTopicIsRejected() throws Exception {
    Files.writeString(input.resolve("statements-more.csv"),
        HEADER + "n1,2025-03-01,ngo-watch,,,,confirms\n");
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    assertTrue(rejects("2025-03-31").get("statements-more.csv:2")
        .startsWith("missing required value: topic_id"));
  }
}
