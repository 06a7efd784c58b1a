package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files analysts really have (issue #16): what Excel and Russian-language tools save, dates
 * as spreadsheets write them, a file that lost too many rows, an output folder that cannot be
 * used, an empty statements file, and statements in a language the classifier cannot read; each
 * checked by what the user sees: the exit code, standard error and the rows of the tables.
 */
class InputFilesTest {

  static final String HEADER = "statement_id,date,source_id,topic_id,text,url,stance";
  static final String AS_OF = "2025-03-31";

  @TempDir Path tmp;
  Path input;
  Path output;

  @BeforeEach
  void copyMinimalInput() throws Exception {
    input = Fixtures.minimalInput(tmp.resolve("in"));
    output = tmp.resolve("out");
  }

  /** Returns positions.csv's rows by statement id (the last one for a statement on two topics). */
  Map<String, CSVRecord> positions() throws IOException {
    Map<String, CSVRecord> out = new HashMap<>();
    for (CSVRecord r : RejectsTest.read(output.resolve(AS_OF).resolve("positions.csv"))) {
      out.put(r.get("statement_id"), r);
    }
    return out;
  }

  /** Returns rejects.csv's rows by "file:line". */
  Map<String, CSVRecord> rejects() throws IOException {
    Map<String, CSVRecord> out = new HashMap<>();
    for (CSVRecord r : RejectsTest.read(output.resolve(AS_OF).resolve("rejects.csv"))) {
      out.put(r.get("file") + ":" + r.get("line"), r);
    }
    return out;
  }

  /** Returns manifest.json's entry for an input file. */
  JsonObject manifestEntry(String file) throws IOException {
    JsonObject manifest = JsonParser.parseString(
        Files.readString(output.resolve(AS_OF).resolve("manifest.json"))).getAsJsonObject();
    for (JsonElement e : manifest.getAsJsonArray("inputs")) {
      if (e.getAsJsonObject().get("file").getAsString().equals(file)) {
        return e.getAsJsonObject();
      }
    }
    throw new AssertionError(file + " not in the manifest: " + manifest);
  }

  void write(String name, Charset charset, byte[] bom, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(bom);
    bytes.writeBytes(text.getBytes(charset));
    Files.write(input.resolve(name), bytes.toByteArray());
  }

  void properties(String text) throws IOException {
    Files.writeString(input.resolve("ackgap.properties"), text);
  }

  @Test
  void excelSemicolonCsvWithByteOrderMarkAndCrlfIsRead() throws Exception {
    write("statements-excel.csv", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}, HEADER.replace(',', ';') + "\r\n"
        + "x1;2025-03-05;ngo-watch;dam-breach;\"Satellite images, the NGO says; show it\";;"
        + "alleges\r\n"
        + "x2;2025-03-06;bb-gov;dam-breach;B's government confirmed it.;;confirms\r\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("statements-excel.csv: 2 read, 2 used, 0 rejected; read as"
        + " UTF-8 (byte-order mark), delimiter ';' (header)"), run.err());
    Map<String, CSVRecord> positions = positions();
    assertEquals("discuss", positions.get("x1").get("stance"));
    assertEquals("affirm", positions.get("x2").get("stance"));
    assertEquals("UTF-8", manifestEntry("statements-excel.csv").get("encoding").getAsString());
    assertEquals(";", manifestEntry("statements-excel.csv").get("delimiter").getAsString());
    assertEquals(",", manifestEntry("topics.csv").get("delimiter").getAsString());
  }

  @Test
  void windows1251FileWithCyrillicIsDecodedAndItsRejectsSayFromWhat() throws Exception {
    properties("max_reject_share = 0.5\n");
    write("statements-ru.csv", Charset.forName("windows-1251"), new byte[0], HEADER + "\n"
        + "r1,2025-03-05,aa-news,dam-breach,Министерство обороны опровергло сообщения о"
        + " разрушении плотины.,,denies\n"
        + "r2,2025-03-06,ngo-watch,dam-breach,\"Правозащитники заявили, что плотину взорвали"
        + " намеренно.\",,alleges\n"
        + "r3,2025-03-06,никто,dam-breach,Песков отказался комментировать эти сообщения.,,\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("statements-ru.csv: 3 read, 2 used, 1 rejected; read as"
        + " windows-1251 (detected, confidence"), run.err());
    assertEquals("deny", positions().get("r1").get("stance"));
    assertEquals("discuss", positions().get("r2").get("stance"));
    CSVRecord reject = rejects().get("statements-ru.csv:4");
    assertTrue(reject.get("reason").startsWith("unknown source 'никто'"), reject.toString());
    assertTrue(reject.get("reason").endsWith("[record decoded from windows-1251]"),
        reject.toString());
    assertTrue(reject.get("record").contains("Песков отказался"), reject.toString());
    assertEquals("windows-1251", manifestEntry("statements-ru.csv").get("encoding").getAsString());
  }

  @Test
  void aStrayByteInAUtf8FileRejectsItsRowOnlyAndShowsWhereItWas() throws Exception {
    properties("max_reject_share = 0.5\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + "\ny1,2025-03-05,ngo-watch,dam-breach,Плотина; bad ")
        .getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes((" byte,,alleges\n"
        + "y2,2025-03-05,ngo-watch,dam-breach,Плотина разрушена.,,alleges\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(input.resolve("statements-more.csv"), bytes.toByteArray());
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("statements-more.csv: 2 read, 1 used, 1 rejected; read as UTF-8"
        + " (mostly UTF-8: 1 invalid byte sequence)"), run.err());
    CSVRecord reject = rejects().get("statements-more.csv:2");
    assertTrue(reject.get("reason").startsWith("invalid UTF-8 in the record, shown as \uFFFD"),
        reject.toString());
    assertTrue(reject.get("record").endsWith("Плотина; bad \uFFFD byte,,alleges"),
        reject.toString());
    assertTrue(positions().containsKey("y2"));
  }

  @Test
  void utf16LittleEndianTabSeparatedWithByteOrderMarkIsRead() throws Exception {
    // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated
    write("statements-unicode.csv", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF,
        (byte) 0xFE}, HEADER.replace(',', '\t') + "\r\n"
        + "u1\t2025-03-05\tbb-gov\tdam-breach\tB's government confirmed it.\t\tconfirms\r\n"
        + "u2\t2025-03-06\taa-news\tdam-breach\tГосСМИ: плотина цела.\t\tdenies\r\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("statements-unicode.csv: 2 read, 2 used, 0 rejected; read as"
        + " UTF-16LE (byte-order mark), delimiter tab (header)"), run.err());
    assertFalse(run.err().contains("\u0000"), "NUL bytes in the log");
    assertEquals("affirm", positions().get("u1").get("stance"));
    assertEquals("deny", positions().get("u2").get("stance"));
  }

  @Test
  void theSameRowsInAnyEncodingGiveByteIdenticalTables() throws Exception {
    // a few thousand generated statements, a quarter in Russian: every chunk boundary of the
    // decoding reader is crossed, and nothing may differ from the UTF-8 run
    Path utf8 = new PublicationTest.SyntheticInputFolder(tmp.resolve("utf8"), 3000, 12).path();
    Path legacy = Fixtures.copy(utf8, tmp.resolve("legacy"));
    Files.writeString(legacy.resolve("statements.csv"),
        Files.readString(utf8.resolve("statements.csv")), Charset.forName("windows-1251"));
    Files.writeString(legacy.resolve("topics.csv"),
        "\uFEFF" + Files.readString(utf8.resolve("topics.csv")), StandardCharsets.UTF_16LE);
    Run a = Run.job(utf8, tmp.resolve("out-utf8"), "2025-06-01");
    Run b = Run.job(legacy, tmp.resolve("out-legacy"), "2025-06-01");
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertTrue(b.err().contains("statements.csv: 3000 read, 3000 used, 0 rejected; read as"
        + " windows-1251 (detected"), b.err());
    assertTrue(b.err().contains("topics.csv: 12 read, 12 used, 0 rejected; read as UTF-16LE"),
        b.err());
    for (String table : new String[] {"positions.csv", "gap_scores.csv", "timeline.csv",
        "rejects.csv"}) {
      assertEquals(Files.readString(tmp.resolve("out-utf8/2025-06-01").resolve(table)),
          Files.readString(tmp.resolve("out-legacy/2025-06-01").resolve(table)), table);
    }
  }

  @Test
  void propertiesForceTheEncodingAndTheDelimiter() throws Exception {
    // two short words are too little for any detector: the analyst says what the file is
    properties("csv_encoding = windows-1251\ncsv_delimiter = ;\n");
    for (String file : new String[] {"topics.csv", "sources.csv", "statements.csv"}) {
      String text = Files.readString(input.resolve(file)).replace(',', ';');
      Files.writeString(input.resolve(file), text, Charset.forName("windows-1251"));
    }
    write("statements-ru.csv", Charset.forName("windows-1251"), new byte[0],
        HEADER.replace(',', ';') + "\nr1;2025-03-05;aa-news;dam-breach;Нет.;;denies\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("statements-ru.csv: 1 read, 1 used, 0 rejected; read as"
        + " windows-1251 (ackgap.properties), delimiter ';' (ackgap.properties)"), run.err());
    assertEquals("deny", positions().get("r1").get("stance"));
  }

  @Test
  void aMissingColumnMessageSaysHowTheFileWasRead() throws Exception {
    properties("csv_delimiter = comma\n");
    write("statements-excel.csv", StandardCharsets.UTF_8, new byte[0],
        HEADER.replace(',', ';') + "\nx1;2025-03-05;ngo-watch;dam-breach;Text.;;alleges\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("statements-excel.csv:1: missing required columns date,"
        + " source_id, statement_id"), run.err());
    assertTrue(run.err().contains("(read as UTF-8 (valid UTF-8), delimiter ','"
        + " (ackgap.properties))"), run.err());
  }

  @Test
  void unknownEncodingInPropertiesExitsThreeNamingTheLine() throws Exception {
    properties("threshold = 0.5\ncsv_encoding = cp-nonsense\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("ackgap.properties:2: unknown encoding 'cp-nonsense'"),
        run.err());
  }

  @Test
  void unambiguousDateFormsAreReadAndWrittenAsIso() throws Exception {
    write("statements-dates.csv", StandardCharsets.UTF_8, new byte[0], HEADER + "\n"
        + "dot,17.03.2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "slash-year,2025/03/17,ngo-watch,dam-breach,Text.,,alleges\n"
        + "spelled,17 Mar 2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "spelled-long,\"March 17, 2025\",ngo-watch,dam-breach,Text.,,alleges\n"
        + "excel,17-Mar-2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "day-over-12,17/03/2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "us-day-over-12,03/17/2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "russian,17 марта 2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "iso,2025-03-17,ngo-watch,dam-breach,Text.,,alleges\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    Map<String, CSVRecord> positions = positions();
    for (String id : new String[] {"dot", "slash-year", "spelled", "spelled-long", "excel",
        "day-over-12", "us-day-over-12", "russian", "iso"}) {
      assertTrue(positions.containsKey(id), id + " lost: " + run.err());
      assertEquals("2025-03-17", positions.get(id).get("date"), id);
    }
  }

  @Test
  void ambiguousDateIsRejectedSayingWhyAndHowToWriteIt() throws Exception {
    properties("max_reject_share = 0.5\n");
    write("statements-dates.csv", StandardCharsets.UTF_8, new byte[0], HEADER + "\n"
        + "ambiguous,03/04/2025,ngo-watch,dam-breach,Text.,,alleges\n"
        + "fine,04.03.2025,ngo-watch,dam-breach,Text.,,alleges\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    String reason = rejects().get("statements-dates.csv:2").get("reason");
    assertTrue(reason.startsWith("ambiguous date '03/04/2025': 3 April 2025 or 4 March 2025?"),
        reason);
    assertTrue(reason.contains("write it as yyyy-mm-dd (2025-04-03 or 2025-03-04)"), reason);
    assertEquals("2025-03-04", positions().get("fine").get("date"));
  }

  @Test
  void fileLosingMoreThanTheShareFailsWithExitThreeAndPublishesNothing() throws Exception {
    StringBuilder rows = new StringBuilder(HEADER + "\n");
    for (int i = 0; i < 7; i++) {
      rows.append("ok").append(i).append(",2025-03-05,ngo-watch,dam-breach,Fine.,,alleges\n");
    }
    rows.append("b1,05/03/2025,ngo-watch,dam-breach,Ambiguous.,,alleges\n");
    rows.append("b2,04/03/2025,ngo-watch,dam-breach,Ambiguous.,,alleges\n");
    rows.append("b3,2025-03-05,nobody,dam-breach,Unknown source.,,alleges\n");
    write("statements-more.csv", StandardCharsets.UTF_8, new byte[0], rows.toString());
    Run run = Run.job(input, output, AS_OF);
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("statements-more.csv: 3 of 10 rows rejected (30.0 %); most"
        + " common: ambiguous date '…' (2); unknown source '…' (1)"), run.err());
    assertTrue(run.err().contains("raise max_reject_share in ackgap.properties"), run.err());
    assertTrue(run.summary().contains("nothing published"), run.summary());
    assertFalse(Files.exists(output.resolve(AS_OF)));
    assertFalse(Files.exists(output.resolve("latest"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void shareAtTheLimitRunsAndARaisedLimitLetsMoreThrough() throws Exception {
    StringBuilder rows = new StringBuilder(HEADER + "\n");
    for (int i = 0; i < 9; i++) {
      rows.append("ok").append(i).append(",2025-03-05,ngo-watch,dam-breach,Fine.,,alleges\n");
    }
    rows.append("b1,2025-03-05,nobody,dam-breach,Unknown source.,,alleges\n");
    write("statements-more.csv", StandardCharsets.UTF_8, new byte[0], rows.toString());
    assertEquals(0, Run.job(input, output, AS_OF).code(), "1 of 10 is not more than 10 %");

    write("statements-more.csv", StandardCharsets.UTF_8, new byte[0],
        rows + "b2,2025-03-05,nobody,dam-breach,Unknown source.,,alleges\n");
    assertEquals(3, Run.job(input, output, AS_OF).code(), "2 of 11 is");
    properties("max_reject_share = 0.2\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertEquals(2, rejects().size());
  }

  @Test
  void fileWhereTheOutputFolderShouldBeExitsThreeNamingIt() throws Exception {
    Path file = tmp.resolve("reports");
    Files.writeString(file, "not a folder");
    Run run = Run.job(input, file, AS_OF);
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("output folder " + file + " cannot be used: " + file
        + " is a file, not a folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void outputFolderUnderAFileExitsThreeNamingTheFile() throws Exception {
    Path file = tmp.resolve("reports");
    Files.writeString(file, "not a folder");
    Run run = Run.job(input, file.resolve("daily"), AS_OF);
    assertEquals(3, run.code(), run.err());
    assertTrue(run.err().contains("cannot be used: " + file + " is a file, not a folder"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void readOnlyOutputFolderExitsThreeNamingIt() throws Exception {
    Path readOnly = Files.createDirectory(tmp.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(readOnly), "root writes anywhere");
      Run run = Run.job(input, readOnly, AS_OF);
      assertEquals(3, run.code(), run.err());
      assertTrue(run.err().contains("output folder " + readOnly + " cannot be used: no"
          + " permission to write in " + readOnly), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void headerOnlyStatementsFileIsAWarning() throws Exception {
    write("statements-empty.csv", StandardCharsets.UTF_8, new byte[0], HEADER + "\r\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("ackgap: warning: statements-empty.csv has a header and no"
        + " rows: no statements were read from it"), run.err());
  }

  @Test
  void statementInALanguageWithoutLexiconsGetsNoStanceAndGoesToReview() throws Exception {
    write("statements-fa.csv", StandardCharsets.UTF_8, new byte[0], HEADER + "\n"
        + "fa1,2025-03-05,bb-gov,dam-breach,دولت ب تأیید کرد که مهندسان کشور الف سد را"
        + " شکستند. Riverton,,\n"
        + "fa2,2025-03-06,bb-army,dam-breach,ارتش ب این را گزارش داد.,,confirms\n");
    Run run = Run.job(input, output, AS_OF);
    assertEquals(0, run.code(), run.err());
    CSVRecord fa1 = positions().get("fa1");
    assertEquals("none", fa1.get("stance"));
    assertEquals("classified", fa1.get("origin"));
    assertEquals("0.000", fa1.get("confidence"));
    assertEquals("language fa not supported", fa1.get("evidence"));
    // an analyst's coding is kept whatever the language
    assertEquals("affirm", positions().get("fa2").get("stance"));
    assertEquals("coded", positions().get("fa2").get("origin"));
    boolean reviewed = RejectsTest.read(output.resolve(AS_OF).resolve("review.csv")).stream()
        .anyMatch(r -> r.get("statement_id").equals("fa1"));
    assertTrue(reviewed, "fa1 not in review.csv");
  }
}
