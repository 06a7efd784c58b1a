package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of SPEC §5: options, exit codes and the summary line. */
class CommandLineTest {

  @TempDir Path tmp;
  Path input;
  Path output;

  @BeforeEach
  void copyMinimalInput() throws Exception {
    input = Fixtures.minimalInput(tmp.resolve("in"));
    output = tmp.resolve("out");
  }

  @Test
  void attributionsPrintsSpansInCodePointsWithTheResolvedSource() throws Exception {
    Path text = tmp.resolve("a.txt");
    // the emoji before the quote is two UTF-16 units but one code point
    java.nio.file.Files.writeString(text, "\uD83D\uDE00 Peskov said the troops were not there.");
    Path sources = tmp.resolve("sources.csv");
    java.nio.file.Files.writeString(sources, "source_id,name,actor,type,aliases\n"
        + "ru-kremlin,Kremlin,RU,official,Peskov|Песков*\n");
    Run run = Run.of("attributions", "--sources", sources.toString(), text.toString());
    assertEquals(0, run.code(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals("file,source_start,source_end,cue_start,cue_end,content_start,content_end,"
        + "speaker,source_id", lines[0]);
    assertTrue(lines[1].contains(",2,8,9,13,") && lines[1].endsWith(",Peskov,ru-kremlin"),
        run.out());
  }

  @Test
  void helpListsEveryOptionAndExitsZero() {
    Run run = Run.of("--help");
    assertEquals(0, run.code());
    for (String option : new String[] {"--input", "--output", "--as-of", "--evaluate",
        "--help", "--version"}) {
      assertTrue(run.out().contains(option), option + " missing from help:\n" + run.out());
    }
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Run run = Run.of("--version");
    assertEquals(0, run.code());
    assertTrue(run.out().matches("(?s)ackgap \\d+\\.\\d+\\.\\d+.*"), run.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = Run.of("--frobnicate");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("--frobnicate"), run.err());
  }

  @Test
  void badAsOfDateIsAUsageError() {
    Run run = Run.job(input, output, "2024-13-45");
    assertEquals(2, run.code());
    assertFalse(Files.exists(output.resolve("latest"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void doneRunEndsWithASummaryLine() {
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.summary().matches("ackgap: done: 3 topics, 13 statements read, 0 rejected,"
        + " \\d+\\.\\d\\d s, .*2025-03-09"), run.summary());
  }

  @Test
  void missingInputFolderExitsThreeAndPublishesNothing() {
    Run run = Run.job(tmp.resolve("nowhere"), output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("nowhere"), run.err());
    assertTrue(run.summary().contains("nothing published"), run.summary());
    assertFalse(Files.exists(output.resolve("2025-03-09")));
  }

  @Test
  void missingRequiredColumnExitsThreeNamingIt() throws Exception {
    Files.writeString(input.resolve("sources.csv"), "source_id,name,type\na,A,media\n");
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("sources.csv:1: missing required column actor"), run.err());
    assertFalse(Files.exists(output.resolve("2025-03-09")));
  }

  @Test
  void missingStatementColumnExitsThreeBeforePublishing() throws Exception {
    Files.writeString(input.resolve("statements-extra.csv"), "statement_id,source_id,text\n");
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("statements-extra.csv:1: missing required column date"),
        run.err());
  }

  @Test
  void duplicateTopicIdExitsThreeNamingBothLines() throws Exception {
    Files.writeString(input.resolve("topics.csv"), "\ndam-breach,Again,Again,AA\n",
        StandardOpenOption.APPEND);
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("topics.csv:6: duplicate topic_id 'dam-breach', first defined"
        + " on line 2"), run.err());
  }

  @Test
  void duplicateSourceIdExitsThree() throws Exception {
    Files.writeString(input.resolve("sources.csv"), "aa-news,Again,AA,media,,\n",
        StandardOpenOption.APPEND);
    assertEquals(3, Run.job(input, output, "2025-03-09").code());
  }

  @Test
  void unknownPropertyKeyExitsThreeNamingTheKeyAndLine() throws Exception {
    Files.writeString(input.resolve("ackgap.properties"), "threshold=0.5\nthreshhold=0.7\n");
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("ackgap.properties:2: unknown key 'threshhold'"), run.err());
  }

  @Test
  void propertyOutOfRangeExitsThree() throws Exception {
    Files.writeString(input.resolve("ackgap.properties"), "weight.affirm = 2\n");
    Run run = Run.job(input, output, "2025-03-09");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("ackgap.properties:1:"), run.err());
  }

  @Test
  void secondRunOnALockedOutputExitsFourNamingTheHolder() throws Exception {
    Files.createDirectories(output);
    try (FileChannel c = FileChannel.open(output.resolve(".ackgap.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      c.write(java.nio.ByteBuffer.wrap("pid 4242".getBytes(StandardCharsets.UTF_8)));
      try (FileLock lock = c.lock()) {
        Run run = Run.job(input, output, "2025-03-09");
        assertEquals(4, run.code());
        assertTrue(run.err().contains("held by another run (pid 4242)"), run.err());
        assertFalse(Files.exists(output.resolve("2025-03-09")));
      }
    }
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
  }
}
