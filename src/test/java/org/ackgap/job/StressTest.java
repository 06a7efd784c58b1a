package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ackgap.bench.SyntheticInput;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated input with about 10 % bad rows of every kind, mixed line endings and a 5 MB field
 * gives exactly what a clean copy of its good rows gives.
 */
class StressTest {

  static final int GOOD = 2000;

  @TempDir Path tmp;

  /** Bad rows of every kind, given the id of an earlier good row; each is one physical line. */
  static List<String> badRows(int i, String earlierId) {
    String ok = ",2025-01-0" + (1 + i % 9) + ",src-01,,\"Text " + i + ", with a comma\",";
    return List.of(
        "bad-fields-" + i + ",2025-01-01,src-01,too few fields",
        "bad-quote-" + i + ",2025-01-01,src-01,,\"never closed, text,",
        "bad-date-" + i + ",2025-13-01,src-01,,\"Text\",",
        "no-date-" + i + ",,src-01,,\"Text\",",
        "bad-source-" + i + ",2025-01-01,nobody,,\"Text\",",
        "bad-topic-" + i + ",2025-01-01,src-01,no-such-topic,\"Text\",",
        "bad-topic-id-" + i + ",2025-01-01,src-01,Invalid_Topic,\"Text\",",
        earlierId + ok,
        ok.substring(0),
        "bad-stance-" + i + ",2025-01-01,src-01,topic-001,\"Text\",,maybe",
        "no-text-" + i + ",2025-01-01,src-01,topic-001,,,",
        "bad-utf8-" + i + ",2025-01-01,src-01,,\"Bad \u0001BYTE\",");
  }

  @Test
  void badRowsNeverChangeWhatTheGoodRowsGive() throws Exception {
    Path dirty = tmp.resolve("dirty");
    Path clean = tmp.resolve("clean");
    new SyntheticInput(GOOD, 12).write(dirty);
    new SyntheticInput(0, 12).write(clean);
    List<String> lines = Files.readAllLines(dirty.resolve("statements.csv"),
        StandardCharsets.UTF_8);
    String header = lines.get(0).replace(",url", ",url,stance");
    List<String> good = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      good.add(line + ",");
    }
    // A 5 MB text among the good rows, and some coded stances.
    good.set(7, good.get(7).replaceFirst(",\"[^\"]*\",", ",\"" + "operation pekix. ".repeat(300_000)
        + "\","));
    for (int i = 3; i < good.size(); i += 50) {
      good.set(i, good.get(i).substring(0, good.get(i).length() - 1) + ",confirms");
    }
    SplittableRandom random = new SplittableRandom(4);
    ByteArrayOutputStream dirtyBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream cleanBytes = new ByteArrayOutputStream();
    write(dirtyBytes, header, "\n");
    write(cleanBytes, header, "\n");
    int bad = 0;
    for (int i = 0; i < good.size(); i++) {
      String eol = random.nextBoolean() ? "\r\n" : "\n";
      write(dirtyBytes, good.get(i), eol);
      write(cleanBytes, good.get(i), "\n");
      if (i > 0 && i % 9 == 0) {
        String earlierId = good.get(random.nextInt(i)).split(",", 2)[0];
        List<String> kinds = badRows(i, earlierId);
        String row = kinds.get((i / 9) % kinds.size());
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        for (int b = 0; b < bytes.length; b++) {
          if (bytes[b] == 1) {
            bytes[b] = (byte) 0xC3;  // a lead byte with no continuation: not UTF-8
          }
        }
        dirtyBytes.writeBytes(bytes);
        dirtyBytes.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
        bad++;
      }
    }
    Files.write(dirty.resolve("statements.csv"), dirtyBytes.toByteArray());
    // a tenth of the rows is bad by design, right at the default share that fails a run: this
    // test is about what the good rows give, so the share may not decide it
    Files.writeString(dirty.resolve("ackgap.properties"), "max_reject_share = 1\n");
    Files.write(clean.resolve("statements.csv"), cleanBytes.toByteArray());

    Run dirtyRun = Run.job(dirty, tmp.resolve("out-dirty"), "2025-06-01");
    Run cleanRun = Run.job(clean, tmp.resolve("out-clean"), "2025-06-01");
    assertEquals(0, dirtyRun.code(), dirtyRun.err());
    assertEquals(0, cleanRun.code(), cleanRun.err());
    assertTrue(bad >= GOOD / 10, "only " + bad + " bad rows");

    Path d = tmp.resolve("out-dirty/2025-06-01");
    Path c = tmp.resolve("out-clean/2025-06-01");
    List<CSVRecord> rejects = RejectsTest.read(d.resolve("rejects.csv"));
    assertEquals(bad, rejects.size(), "rejects: " + rejects.subList(0, 5));
    assertEquals(0, RejectsTest.read(c.resolve("rejects.csv")).size());
    for (String table : List.of("gap_scores.csv", "positions.csv", "timeline.csv")) {
      assertArrayEquals(Files.readAllBytes(c.resolve(table)), Files.readAllBytes(d.resolve(table)),
          table + " differs from the clean copy's");
    }
    assertTrue(dirtyRun.summary().contains((GOOD + bad) + " statements read, " + bad
        + " rejected"), dirtyRun.summary());
    com.google.gson.JsonObject statements = null;
    for (com.google.gson.JsonElement e : com.google.gson.JsonParser.parseString(
        Files.readString(d.resolve("manifest.json"))).getAsJsonObject().getAsJsonArray("inputs")) {
      if (e.getAsJsonObject().get("file").getAsString().equals("statements.csv")) {
        statements = e.getAsJsonObject();
      }
    }
    assertTrue(statements != null, "statements.csv is not in the manifest");
    assertEquals(statements.get("rows_read").getAsLong(), statements.get("rows_used").getAsLong()
        + statements.get("rows_rejected").getAsLong());
    assertEquals(bad, statements.get("rows_rejected").getAsLong());
  }

  private static void write(ByteArrayOutputStream out, String line, String eol) {
    out.writeBytes((line + eol).getBytes(StandardCharsets.UTF_8));
  }
}
