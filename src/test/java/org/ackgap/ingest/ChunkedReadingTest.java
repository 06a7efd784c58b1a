package org.ackgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.ackgap.Reject;
import org.ackgap.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a statement file in chunks on workers gives what reading it record by record gives:
 * the same statements, the same rejects with the same lines and reasons, the same counts and
 * checksum, whatever the chunk size and however far the reading runs ahead.
 */
class ChunkedReadingTest {

  @TempDir Path tmp;

  /** What a reading produced, as text to compare. */
  private record Outcome(List<String> statements, List<String> rejects, List<String> counts) {}

  /** How often the last chunked reading went back to the record reader. */
  private int resumes;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomFilesReadAlikeInChunks(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Path dir = folder(tmp.resolve("s" + seed), randomFile(random, 40 + random.nextInt(60)));
    Outcome byRecord = outcome(() -> readByRecord(dir));
    for (int size : new int[] {1, 2, 3, 7, 16, 64, 333, 1 << 16}) {
      for (int ahead : new int[] {0, 1, 4}) {
        int s = size;
        int a = ahead;
        assertEquals(byRecord, outcome(() -> readInChunks(dir, s, a)),
            "seed " + seed + ", chunk " + size + ", ahead " + ahead);
      }
    }
  }

  private interface Reading {
    Outcome read() throws IOException;
  }


  /** Returns what a reading produced, or the input error it stopped at. */
  private static Outcome outcome(Reading reading) throws IOException {
    try {
      return reading.read();
    } catch (InputException e) {
      return new Outcome(List.of(), List.of(e.getMessage()), List.of());
    }
  }

  @Test
  void cleanFileReadsAlikeInChunks() throws IOException {
    StringBuilder b = new StringBuilder("\uFEFFstatement_id,date,source_id,topic_id,text\r\n");
    for (int i = 0; i < 300; i++) {
      b.append("s").append(i).append(",2025-01-0").append(1 + i % 9)
          .append(",bb-gov,dam-breach,\"said, \"\"the dam\"\"\r\nwas breached\"\r\n");
    }
    Path dir = folder(tmp.resolve("clean"), b.toString().getBytes(StandardCharsets.UTF_8));
    Outcome byRecord = readByRecord(dir);
    assertEquals(300, byRecord.statements().size());
    for (int size : new int[] {5, 100, 4096}) {
      assertEquals(byRecord, readInChunks(dir, size, 2));
      assertEquals(0, resumes, "quoted line ends are cut in chunks, not by the record reader");
    }
  }

  @Test
  void strayQuoteSendsTheRestToTheRecordReader() throws IOException {
    String rows = "statement_id,date,source_id,topic_id,text\n"
        + "s1,2025-01-01,bb-gov,dam-breach,\"fine, quoted\"\n"
        + "s2,2025-01-01,bb-gov,dam-breach,\"opens and never closes\n"
        + "s3,2025-01-01,bb-gov,dam-breach,fine\n"
        + "s4,2025-01-01,bb-gov,dam-breach,\"quoted \"\"again\"\"\"\n";
    Path dir = folder(tmp.resolve("stray"), rows.getBytes(StandardCharsets.UTF_8));
    Outcome byRecord = readByRecord(dir);
    assertEquals(3, byRecord.statements().size());
    assertEquals(1, byRecord.rejects().size());
    assertTrue(byRecord.rejects().get(0).startsWith("statements.csv:3 malformed record spanning several lines"),
        byRecord.rejects().get(0));
    for (int size : new int[] {8, 4096}) {
      assertEquals(byRecord, readInChunks(dir, size, 1));
      assertTrue(resumes > 0);
    }
  }

  /** A file of rows good and bad: quotes in every place, line ends of every kind, bad bytes. */
  static byte[] randomFile(SplittableRandom random, int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(3) == 0) {
      write(out, "\uFEFF");
    }
    if (random.nextInt(5) == 0) {
      write(out, "\n");
    }
    write(out, "statement_id,date,source_id,topic_id,text,url,stance");
    write(out, eol(random));
    String[] texts = {"the dam was breached", "Плотина разрушена, говорят", "\"quoted, text\"",
        "\"with \"\"inner\"\" quotes\"", "\"two\nlines\"", "\"two\r\nlines\"", "stray \" quote",
        "\"unclosed", "a\rb", "\"\"", "", "ok", "\"end\"x", "\"a\",\"b\"", "real \uFFFD mark",
        "\"noncharacter \uFFFF\"", "a,b,c", "\"trailing\","};
    String[] dates = {"2025-01-02", "2025-02-30", "1.2.2025", ""};
    String[] sources = {"bb-gov", "aa-news", "nobody", ""};
    String[] stances = {"", "affirm", "deny", "maybe"};
    for (int i = 0; i < rows; i++) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        write(out, eol(random));
        continue;
      }
      if (kind == 1) {
        out.write(0xC3);
        out.write(random.nextInt(2) == 0 ? 0x28 : 0xA9);
      }
      String id = "s" + random.nextInt(rows);
      write(out, id + "," + dates[random.nextInt(10) < 8 ? 0 : random.nextInt(dates.length)] + ","
          + sources[random.nextInt(10) < 7 ? 0 : random.nextInt(sources.length)] + ","
          + (random.nextBoolean() ? "dam-breach" : "") + ","
          + texts[random.nextInt(texts.length)] + ",https://x.org/" + i
          + (kind == 2 ? "" : "," + stances[random.nextInt(stances.length)]));
      if (i < rows - 1 || random.nextBoolean()) {
        write(out, eol(random));
      }
    }
    return out.toByteArray();
  }

  private static String eol(SplittableRandom random) {
    int k = random.nextInt(20);
    return k < 14 ? "\n" : k < 19 ? "\r\n" : "\r";
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Path folder(Path dir, byte[] statements) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("topics.csv"),
        "topic_id,title,claim,subjects,terms\ndam-breach,Dam,Engineers breached the dam,AA,dam\n");
    Files.writeString(dir.resolve("sources.csv"), "source_id,name,actor,type\n"
        + "aa-news,A News,AA,state-media\nbb-gov,B Government,BB,government\n");
    Files.write(dir.resolve("statements.csv"), statements);
    return dir;
  }

  private static final class Sink implements RejectSink {
    final List<String> rejects = new ArrayList<>();

    @Override
    public void reject(Reject r) {
      rejects.add(r.file() + ":" + r.line() + " " + r.reason() + " | " + r.record());
    }
  }

  private static String describe(Statement s) {
    return s.id() + "|" + s.date() + "|" + s.sourceId() + "|" + s.topicIds() + "|" + s.text()
        + "|" + s.url() + "|" + s.coded();
  }

  private static List<String> counts(List<FileCount> counts) {
    List<String> out = new ArrayList<>();
    for (FileCount c : counts) {
      out.add(c.file() + " " + c.readRows() + " " + c.usedRows() + " " + c.rejectedRows() + " "
          + c.sha256());
    }
    return out;
  }

  private static Outcome readByRecord(Path dir) throws IOException {
    InputFolder folder = InputFolder.open(dir);
    Sink sink = new Sink();
    List<FileCount> counts = new ArrayList<>();
    Catalog catalog = folder.readCatalog(sink, new ArrayList<>());
    List<String> statements = new ArrayList<>();
    try (StatementReader reader = new StatementReader(folder, catalog, sink, counts)) {
      for (Statement s = reader.next(); s != null; s = reader.next()) {
        statements.add(describe(s));
      }
    }
    return new Outcome(statements, sink.rejects, counts(counts));
  }

  /** Reads as the job does: units parsed out of order ahead of their settling, up to {@code ahead}. */
  private Outcome readInChunks(Path dir, int size, int ahead) throws IOException {
    InputFolder folder = InputFolder.open(dir);
    Sink sink = new Sink();
    List<FileCount> counts = new ArrayList<>();
    Catalog catalog = folder.readCatalog(sink, new ArrayList<>());
    List<String> statements = new ArrayList<>();
    record Read(StatementReader.Unit unit, StatementReader.Parsing parsing) {}
    try (StatementReader reader = new StatementReader(folder, catalog, sink, counts, size)) {
      Deque<Read> inflight = new ArrayDeque<>();
      while (true) {
        StatementReader.Unit unit = reader.nextUnit(3);
        if (unit != null) {
          inflight.add(new Read(unit, reader.parse(unit)));
          if (inflight.size() <= ahead) {
            continue;
          }
        } else if (inflight.isEmpty()) {
          if (!reader.nextFile()) {
            break;
          }
          continue;
        }
        Read r = inflight.poll();
        reader.settle(r.unit(), r.parsing(), inflight, Read::unit, 3,
            new StatementReader.Settler<StatementReader.Parsing>() {
              @Override
              public StatementReader.Parsing parsing(StatementReader.Parsing p) {
                return p;
              }

              @Override
              public void take(StatementReader.Parsing p) {
                for (StatementReader.Parsed parsed : p.parsed()) {
                  Statement s = reader.accept(parsed);
                  if (s != null) {
                    statements.add(describe(s));
                  }
                }
              }

              @Override
              public StatementReader.Parsing redo(StatementReader.Unit joined) {
                return reader.parse(joined);
              }
            });
      }
      resumes = reader.resumes();
    }
    return new Outcome(statements, sink.rejects, counts(counts));
  }
}
