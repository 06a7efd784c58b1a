package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ackgap.bench.SyntheticInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are published whole or not at all; a killed run leaves earlier reports, {@code latest}
 * and history.csv intact, and the next run clears what it left.
 */
class PublicationTest {

  static final List<String> TABLES = List.of("gap_scores.csv", "positions.csv", "timeline.csv",
      "rejects.csv", "review.csv");

  @TempDir Path tmp;
  Path input;
  Path output;
  /** The child processes' java.io.tmpdir, so that what they leave there can be seen. */
  Path childTmp;

  @BeforeEach
  void copyMinimalInput() throws Exception {
    input = Fixtures.minimalInput(tmp.resolve("in"));
    output = tmp.resolve("out");
    childTmp = tmp.resolve("child-tmp");
  }

  @Test
  void latestPointsAtTheNewestRunAndNothingHiddenIsLeft() throws Exception {
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    assertEquals(0, Run.job(input, output, "2025-03-31").code());
    assertEquals(Path.of("2025-03-31"), Files.readSymbolicLink(output.resolve("latest")));
    assertEquals(List.of(".ackgap.lock", "2025-03-09", "2025-03-31", "history.csv", "latest"), names(output));
  }

  @Test
  void rerunOfTheSameDateReplacesItsFolderWhole() throws Exception {
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    Files.writeString(input.resolve("statements.csv"),
        "x1,2025-03-05,ngo-watch,ship-seized,The NGO alleges it.,,alleges\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    assertTrue(Files.readString(output.resolve("2025-03-09/positions.csv")).contains("x1,"));
    assertEquals(List.of(".ackgap.lock", "2025-03-09", "history.csv", "latest"), names(output));
  }

  @Test
  void sameInputGivesByteIdenticalOutputWhateverTheThreadCount() throws Exception {
    Path big = new SyntheticInputFolder(tmp.resolve("syn"), 3000, 12).path();
    assertEquals(0, Run.job(big, output.resolve("a"), "2025-06-01", "--threads", "1").code());
    assertEquals(0, Run.job(big, output.resolve("b"), "2025-06-01", "--threads", "4").code());
    Path a = output.resolve("a/2025-06-01");
    Path b = output.resolve("b/2025-06-01");
    List<String> files = names(a);
    assertEquals(files, names(b));
    assertTrue(files.containsAll(TABLES), files.toString());
    assertTrue(files.contains("report.pdf"), files.toString());
    for (String file : files) {
      if (!file.equals("manifest.json")) { // the one record of the run itself: times, duration
        assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
            file + " differs between one and four threads");
      }
    }
    assertNotEquals(Files.size(a.resolve("positions.csv")), 0L);
  }

  @Test
  void killedRunsLeaveEarlierReportsAndLatestIntact() throws Exception {
    Path big = new SyntheticInputFolder(tmp.resolve("syn"), 60_000, 20).path();
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    byte[] before = Files.readAllBytes(output.resolve("2025-03-09/gap_scores.csv"));
    byte[] history = Files.readAllBytes(output.resolve("history.csv"));
    long[] killAfterMillis = {50, 300, 700, 1200, 2000};
    int killed = 0;
    for (long delay : killAfterMillis) {
      for (String asOf : List.of("2025-03-09", "2025-06-01")) {
        Process p = child(big, asOf);
        if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
          p.destroyForcibly().waitFor();
          killed++;
        }
        assertEquals(Path.of("2025-03-09"), Files.readSymbolicLink(output.resolve("latest")),
            "latest moved after a kill at " + delay + " ms");
        assertArrayEquals(before, Files.readAllBytes(output.resolve("2025-03-09/gap_scores.csv")));
        assertArrayEquals(history, Files.readAllBytes(output.resolve("history.csv")),
            "history.csv changed after a kill at " + delay + " ms");
        assertFalse(Files.exists(output.resolve("2025-06-01"), LinkOption.NOFOLLOW_LINKS),
            "a killed run published 2025-06-01");
      }
    }
    assertTrue(killed >= 6, "only " + killed + " runs were killed before they finished");
    // nor any litter in the temporary folder: AWT's copies of fonts read from a stream ("+~JF…")
    // are deleted only by a JVM that exits normally
    assertEquals(List.of(), names(childTmp).stream().filter(n -> !n.startsWith("ackgap-fonts-"))
        .toList(), "left in java.io.tmpdir by killed runs");
    Run next = Run.job(input, output, "2025-03-31");
    assertEquals(0, next.code(), next.err());
    assertEquals(1 + 2 * 3, Files.readAllLines(output.resolve("history.csv")).size(),
        "history.csv after the runs of 9 and 31 March, three topics each");
    assertEquals(List.of(".ackgap.lock", "2025-03-09", "2025-03-31", "history.csv", "latest"), names(output));
  }

  @Test
  void runningChildProcessHoldsTheLockAndASecondRunExitsFour() throws Exception {
    Path big = new SyntheticInputFolder(tmp.resolve("syn"), 60_000, 20).path();
    Process p = child(big, "2025-06-01");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(output.resolve(".ackgap.lock"))
          || !Files.readString(output.resolve(".ackgap.lock")).contains("pid " + p.pid())) {
        assertTrue(p.isAlive() && System.nanoTime() < deadline, "child never took the lock");
        Thread.sleep(20);
      }
      Run second = Run.job(input, output, "2025-03-09");
      if (p.isAlive()) {
        assertEquals(4, second.code(), second.err());
        assertTrue(second.err().contains("held by another run (pid " + p.pid()), second.err());
      }
    } finally {
      p.destroyForcibly().waitFor();
    }
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
  }

  private Process child(Path in, String asOf) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.createDirectories(childTmp);
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.io.tmpdir=" + childTmp,
        "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--input", in.toString(),
        "--output", output.toString(), "--as-of", asOf));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A generated input folder. */
  record SyntheticInputFolder(Path path) {
    SyntheticInputFolder(Path path, int statements, int topics) throws IOException {
      this(path);
      new SyntheticInput(statements, topics).write(path);
      assertTrue(Files.size(path.resolve("statements.csv")) > 0);
      assertTrue(Files.readString(path.resolve("topics.csv"), StandardCharsets.UTF_8)
          .startsWith("topic_id,"));
    }
  }
}
