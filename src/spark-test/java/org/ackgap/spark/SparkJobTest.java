package org.ackgap.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.bench.SyntheticInput;
import org.ackgap.job.AckgapJob;
import org.ackgap.job.ExitCode;
import org.ackgap.job.Options;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §8: the job on Spark (local[2]) writes gap_scores.csv, positions.csv, timeline.csv and
 * rejects.csv byte for byte as the single JVM does, on the golden cases, the sample's statements
 * and a generated corpus with bad rows, cut into many small splits.
 */
class SparkJobTest {

  /** The tables SPEC §8 promises byte-identical, and review.csv, which merges samples. */
  static final List<String> TABLES =
      List.of("gap_scores.csv", "positions.csv", "timeline.csv", "rejects.csv", "review.csv");

  /** What articles add (SPEC §6), byte-identical too. */
  static final List<String> ARTICLE_TABLES = List.of("extracted.csv", "speakers.csv");

  static JavaSparkContext sc;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    sc = localSpark("ackgap-test");
  }

  /** Starts Spark in local[2] for a test class: no web UI, the driver on the loopback. */
  static JavaSparkContext localSpark(String name) {
    JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[2]")
        .setAppName(name).set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1"));
    sc.setLogLevel("WARN");
    return sc;
  }

  @AfterAll
  static void stopSpark() {
    sc.close();
  }

  static Stream<Arguments> goldenCases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    Path golden = Paths.get("src/test/resources/golden");
    try (Stream<Path> dirs = Files.list(golden)) {
      for (Path dir : dirs.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (name.startsWith("expected-") && name.endsWith(".csv")) {
              cases.add(Arguments.of(dir.getFileName().toString(),
                  name.substring("expected-".length(), name.length() - ".csv".length())));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as of {1}")
  @MethodSource("goldenCases")
  void goldenCaseTablesAreByteIdentical(String name, String asOf) throws IOException {
    Path input = Paths.get("src/test/resources/golden", name, "input");
    assertSame(input, LocalDate.parse(asOf), false, 200);
  }

  @Test
  void sampleStatementsAreByteIdenticalBeforeAndAfterTheAcknowledgement() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("sample"));
    for (String f : List.of("topics.csv", "sources.csv", "statements.csv")) {
      Files.copy(Paths.get("input", f), input.resolve(f));
    }
    assertSame(input, LocalDate.parse("2024-12-17"), false, 1000);
    assertSame(input, LocalDate.parse("2025-05-01"), false, 1000);
    assertSame(input, LocalDate.parse("2025-05-01"), true, 1000);
  }

  @Test
  void sampleWithArticlesIsByteIdenticalBeforeAndAfterTheAcknowledgement() throws IOException {
    Path input = Paths.get("input");
    assertTrue(Files.isDirectory(input.resolve("articles")), "the sample ships articles");
    assertSame(input, LocalDate.parse("2024-12-17"), false, 1000);
    assertSame(input, LocalDate.parse("2025-05-01"), false, 1000);
  }

  @Test
  void changesSinceThePreviousRunAreTheSingleJvmsNightAfterNight() throws IOException {
    // SPEC §7 on Spark: each night's changes.csv, what it prints, the history and the subject
    // pairs kept for the next night, as bin/ackgap's; the sample's articles give subject-side
    // statements on the acknowledgement's dates
    Path input = Paths.get("input");
    Path single = tmp.resolve("single-nights");
    Path spark = tmp.resolve("spark-nights");
    List<String> printed = new ArrayList<>();
    for (String night : List.of("2024-12-17", "2025-05-01", "2025-05-01", "2025-03-01")) {
      LocalDate asOf = LocalDate.parse(night);
      ByteArrayOutputStream singleOut = new ByteArrayOutputStream();
      ByteArrayOutputStream sparkOut = new ByteArrayOutputStream();
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      Options options = new Options(input, single, asOf, false, 2, false, true, true);
      ExitCode expected = new AckgapJob(options,
          new PrintStream(singleOut, true, StandardCharsets.UTF_8), quiet).run();
      ExitCode got = new AckgapJob(new Options(input, spark, asOf, false, 2, false, true, true),
          new PrintStream(sparkOut, true, StandardCharsets.UTF_8), quiet,
          new SparkStage(sc, 1000, null, null, null)).run();
      assertEquals(expected, got, night);
      assertEquals(singleOut.toString(StandardCharsets.UTF_8),
          sparkOut.toString(StandardCharsets.UTF_8), night);
      printed.add(sparkOut.toString(StandardCharsets.UTF_8));
      for (String file : List.of("changes.csv", "history.csv", "subject-pairs.bin")) {
        assertTrue(java.util.Arrays.equals(
            Files.readAllBytes(single.resolve(night).resolve(file)),
            Files.readAllBytes(spark.resolve(night).resolve(file))), file + " on " + night);
      }
    }
    assertTrue(printed.get(1).contains("nk-troops-kursk: new subject-side statement s55 (affirm)"),
        printed.get(1));
    assertEquals("", printed.get(2), "the same night again: no change");
  }

  @Test
  void articlesWorkedExampleIsByteIdentical() throws IOException {
    Path input = Paths.get("../shared/examples/articles/input");
    if (!Files.isDirectory(input)) {
      input = Paths.get("/work/shared/examples/articles/input");
    }
    Assumptions.assumeTrue(Files.isDirectory(input.resolve("articles")),
        "the worked example of SPEC §6 is not here: " + input);
    // articles only, no statements file; a merged report, a rejected file, an unmatched speaker
    assertSame(input, LocalDate.parse("2025-03-10"), false, 200);
  }

  @Test
  void codedExtractedStatementDuplicateArticleAndRepeatedReportAreByteIdentical()
      throws IOException {
    Path input = tmp.resolve("sample-articles");
    copyTree(Paths.get("input"), input);
    Path articles = input.resolve("articles");
    // the same id as the seed article: rejected as a duplicate article id
    String seed = Files.readString(articles.resolve("seed-2024-12-18.txt"));
    Files.createDirectories(articles.resolve("sub"));
    Files.writeString(articles.resolve("sub/again.txt"), "id: seed-2024-12-18\n" + seed);
    // after the duplicate's rows, which the task wrote: an article that is all attribution, whose
    // own voice (no text) is rejected naming its line among the rows of the articles used
    Files.writeString(articles.resolve("sub/quote.txt"), "source: tass\ndate: 2024-11-02\n\n"
        + "John Kirby said the troops were in Kursk.\n");
    // the same story under another id: its statements are reports of the first's
    Files.copy(articles.resolve("tass-en-2024-11-01-peskov.txt"), articles.resolve("z-copy.txt"));
    // an analyst codes one extracted statement: that row replaces it
    Path single = tmp.resolve("probe");
    assertEquals(ExitCode.OK, new AckgapJob(new Options(input, single,
        LocalDate.parse("2025-05-01"), false, 2, false),
        new PrintStream(OutputStream.nullOutputStream())).run());
    String probeRejects = Files.readString(single.resolve("2025-05-01/rejects.csv"));
    assertTrue(probeRejects.contains("missing required value: text"), probeRejects);
    List<String> extracted =
        Files.readAllLines(single.resolve("2025-05-01").resolve("extracted.csv"));
    String[] first = extracted.stream().skip(1).filter(l -> l.split(",")[0].contains(":"))
        .findFirst().orElseThrow().split(",");
    Files.writeString(input.resolve("statements2.csv"),
        "statement_id,date,source_id,text,stance\n" + first[0] + "," + first[2] + "," + first[3]
            + ",Coded by an analyst.,affirm\n");
    assertSame(input, LocalDate.parse("2025-05-01"), false, 300);
    assertSame(input, LocalDate.parse("2024-12-17"), false, 300);
  }

  @Test
  void articlesAtAFileUriElsewhereAreByteIdenticalToTheInputsArticlesFolder()
      throws IOException {
    // bin/ackgap reads input/articles; Spark reads the same files from another folder, listed
    // and opened through Hadoop's file system, for an input that has no articles/ at all
    Path single = tmp.resolve("with-articles");
    copyTree(Paths.get("input"), single);
    Path articles = single.resolve("articles");
    // what the listing must take as bin/ackgap takes it: files at depth, names a URI escapes,
    // hidden files and folders, another extension, a symbolic link out of the folder
    Files.createDirectories(articles.resolve("sub/глубже"));
    Files.copy(articles.resolve("tass-en-2024-11-01-peskov.txt"),
        articles.resolve("sub/глубже/peskov again #2.txt"));
    Files.copy(articles.resolve("rt-en-kursk.rss"), articles.resolve("sub/a feed.xml"));
    String hidden = "source: tass\ndate: 2025-01-01\n\nPeskov said the troops were not there.";
    Files.writeString(articles.resolve(".draft.txt"), hidden);
    Files.createDirectories(articles.resolve(".git"));
    Files.writeString(articles.resolve(".git/x.txt"), hidden);
    Files.write(articles.resolve("photo.jpg"), new byte[] {0, 1, 2});
    Path secret = Files.writeString(tmp.resolve("secret.txt"), hidden);
    boolean links = true;
    try {
      Files.createSymbolicLink(articles.resolve("link.txt"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      links = false; // no symbolic links on this file system: the rest still holds
    }
    Path elsewhere = tmp.resolve("elsewhere/some articles");
    copyTree(articles, elsewhere);
    Path bare = tmp.resolve("without articles"); // and its statements at a path with a space
    copyTree(single, bare);
    deleteTree(bare.resolve("articles"));

    // as an analyst types it to Hadoop's tools: the space unescaped
    Path spark = assertSame(single, bare, "file://" + elsewhere.toAbsolutePath(),
        LocalDate.parse("2025-05-01"), false, 500);
    String rejects = Files.readString(spark.resolve("2025-05-01/rejects.csv"));
    assertEquals(links, rejects.contains("articles/link.txt,0,symbolic link"), rejects);
    assertTrue(Files.readString(spark.resolve("2025-05-01/extracted.csv"))
        .contains("sub/глубже/peskov again #2"), "the file at depth was read");
  }

  @Test
  void articlesAloneAtAFileUriNeedNoStatementsFile() throws IOException {
    Path example = Paths.get("../shared/examples/articles/input");
    if (!Files.isDirectory(example)) {
      example = Paths.get("/work/shared/examples/articles/input");
    }
    Assumptions.assumeTrue(Files.isDirectory(example.resolve("articles")),
        "the worked example of SPEC §6 is not here: " + example);
    // topics and sources here, the articles on another file system's folder, no statements
    Path bare = tmp.resolve("catalog-only");
    copyTree(example, bare);
    deleteTree(bare.resolve("articles"));
    assertSame(example, bare, "file://" + example.resolve("articles").toAbsolutePath(),
        LocalDate.parse("2025-03-10"), false, 200);
  }

  /** Copies a folder's tree; a symbolic link is copied as a link. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void generatedCorpusWithBadRowsIsByteIdenticalInManySplits() throws IOException {
    Path input = generated(tmp.resolve("generated"), 1500, 6);
    List<String> head = Files.readAllLines(input.resolve("statements.csv")).subList(1, 4);
    String dup = head.get(0);
    String dupLater = head.get(2);
    // a second file: duplicates of the first file's ids, CRLF, quoted line breaks, bad rows
    String header = "statement_id,date,source_id,topic_id,text,url,stance\r\n";
    StringBuilder more = new StringBuilder(header);
    for (int i = 0; i < 400; i++) {
      more.append("m").append(i).append(",2025-0").append(1 + i % 5).append("-1").append(i % 9)
          .append(",src-0").append(i % 10).append(",,\"Officials confirmed that operation x")
          .append(i).append(",\nsaid the \"\"ministry\"\".\",,")
          .append(i % 7 == 0 ? "affirm" : "").append("\r\n");
      if (i % 50 == 7) {
        more.append(dup.substring(0, dup.indexOf(','))).append(",2025-01-02,src-01,,Dup.,,\r\n");
        more.append("m").append(i - 1).append(",2025-01-02,src-01,,Dup of m.,,\r\n");
        more.append("bad").append(i).append(",2025-02-30,src-01,,Bad date.,,\r\n");
        more.append("short").append(i).append(",2025-02-01\r\n");
        more.append("=cmd").append(i).append(",2025-02-01,nobody,,\"=SUM(A1)\",,\r\n");
      }
    }
    Files.writeString(input.resolve("statements2.csv"), more, StandardCharsets.UTF_8);
    // a third, in statements/: an unterminated quote, so it is read as one split after all
    Files.createDirectories(input.resolve("statements"));
    StringBuilder broken = new StringBuilder("statement_id,date,source_id,text\n");
    for (int i = 0; i < 300; i++) {
      broken.append("b").append(i).append(",2025-03-0").append(1 + i % 9).append(",src-2")
          .append(i % 10).append(",").append(i == 150 ? "\"never closed, x" : "Plain text " + i)
          .append('\n');
    }
    broken.append(dupLater, 0, dupLater.indexOf(',')).append(",2025-03-01,src-20,Dup.\n");
    Files.writeString(input.resolve("statements/z.csv"), broken, StandardCharsets.UTF_8);
    Files.write(input.resolve("statements/bytes.csv"), concat(
        "statement_id,date,source_id,text\nu1,2025-03-01,src-21,ok\nu2,2025-03-01,src-21,"
            .getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28, '\n'},
        "u3,2025-03-02,src-21,after\n".getBytes(StandardCharsets.UTF_8)));
    assertSame(input, LocalDate.parse("2025-04-01"), false, 4096);
  }

  /**
   * Writes a generated corpus of {@code statements} statements on {@code topics} topics that lets
   * bad rows through: the tests add bad rows by design, more than the default share of a file.
   */
  static Path generated(Path input, int statements, int topics) throws IOException {
    new SyntheticInput(statements, topics).write(input);
    Files.writeString(input.resolve("ackgap.properties"), "\nmax_reject_share = 1\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    return input;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Runs both jobs and compares the tables; {@code splitBytes} small makes many splits. */
  private void assertSame(Path input, LocalDate asOf, boolean evaluate, long splitBytes)
      throws IOException {
    assertSame(input, input, null, asOf, evaluate, splitBytes);
  }

  /**
   * Runs bin/ackgap's job on {@code singleInput} and the job on Spark on {@code sparkInput},
   * reading its articles from {@code articlesUri} when not null, and compares the tables.
   *
   * @return the Spark run's output folder
   */
  private Path assertSame(Path singleInput, Path sparkInput, String articlesUri, LocalDate asOf,
      boolean evaluate, long splitBytes) throws IOException {
    Path single = tmp.resolve("single-" + System.nanoTime());
    Path spark = tmp.resolve("spark-" + System.nanoTime());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK,
        new AckgapJob(new Options(singleInput, single, asOf, evaluate, 2, false), err).run(),
        log::toString);
    ByteArrayOutputStream sparkLog = new ByteArrayOutputStream();
    PrintStream sparkErr = new PrintStream(sparkLog, true, StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK, new AckgapJob(
        new Options(sparkInput, spark, asOf, evaluate, 2, false),
        new PrintStream(OutputStream.nullOutputStream()), sparkErr,
        new SparkStage(sc, splitBytes, null, null, articlesUri)).run(), sparkLog::toString);
    List<String> tables = new ArrayList<>(TABLES);
    if (Files.isDirectory(singleInput.resolve("articles"))) {
      tables.addAll(ARTICLE_TABLES);
    }
    for (String table : tables) {
      Path a = single.resolve(asOf.toString()).resolve(table);
      Path b = spark.resolve(asOf.toString()).resolve(table);
      assertEquals(Files.readString(a), Files.readString(b), table + " differs for " + singleInput);
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), table);
    }
    // the summary line and the per-file counts say the same
    assertEquals(lines(log.toString(), "ackgap: statements"),
        lines(sparkLog.toString(), "ackgap: statements"));
    assertEquals(lines(log.toString(), "ackgap: articles"),
        lines(sparkLog.toString(), "ackgap: articles"));
    try (Stream<Path> left = Files.list(spark.resolve(asOf.toString()))) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".spark")),
          "no part files are published");
    }
    return spark;
  }

  private static List<String> lines(String log, String prefix) {
    return log.lines().filter(l -> l.startsWith(prefix) && l.contains(" read, ")).toList();
  }
}
