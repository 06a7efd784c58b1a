package org.ackgap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.job.AckgapJob;
import org.ackgap.job.ExitCode;
import org.ackgap.job.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 on a real HDFS (a NameNode and a DataNode in this JVM): statement files and articles
 * read from {@code hdfs://}, and the tasks' part files written there, give the single JVM's tables
 * byte for byte, and the work folder is left empty.
 */
class HdfsInputTest {

  @TempDir static Path dfsDir;
  @TempDir Path tmp;

  static MiniDFSCluster dfs;
  static JavaSparkContext sc;

  @BeforeAll
  static void start() throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dfsDir.toString());
    dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    dfs.waitActive();
    sc = SparkJobTest.localSpark("ackgap-hdfs-test");
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
    if (dfs != null) {
      dfs.shutdown();
    }
  }

  @Test
  void statementsOnHdfsGiveTheSingleJvmsTables() throws IOException {
    Path input = SparkJobTest.generated(tmp.resolve("input"), 3000, 8);
    Files.createDirectories(input.resolve("statements"));
    Files.writeString(input.resolve("statements/more.csv"), "statement_id,date,source_id,text\n"
        + "h1,2025-03-01,src-01,Officials confirmed the operation.\n"
        + "h2,2025-02-30,src-01,A bad date.\n", StandardCharsets.UTF_8);

    // the statement files go to HDFS; the local catalog keeps their header lines alone
    FileSystem fs = dfs.getFileSystem();
    String uri = fs.getUri() + "/data/in";
    Path catalog = tmp.resolve("catalog");
    Files.createDirectories(catalog.resolve("statements"));
    for (String name : List.of("topics.csv", "sources.csv", "ackgap.properties")) {
      Files.copy(input.resolve(name), catalog.resolve(name));
    }
    for (String name : List.of("statements.csv", "statements/more.csv")) {
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(input.resolve(name).toUri()),
          new org.apache.hadoop.fs.Path(uri + "/" + name));
      Files.writeString(catalog.resolve(name),
          Files.readAllLines(input.resolve(name)).get(0) + "\n", StandardCharsets.UTF_8);
    }
    String work = fs.getUri() + "/tmp/ackgap-work";

    LocalDate asOf = LocalDate.parse("2025-04-01");
    Path spark = tmp.resolve("spark");
    String sparkLog = assertSameTables(input, catalog, spark, asOf,
        new SparkStage(sc, 64 << 10, work, uri, null), SparkJobTest.TABLES);
    // the file in statements/ on HDFS was read too: its good row used, its bad one rejected
    assertTrue(sparkLog.contains("statements/more.csv: 2 read, 1 used, 1 rejected"), sparkLog);
    assertTrue(Files.readString(spark.resolve(asOf + "/rejects.csv")).contains("h2,"));
    // the part files were on HDFS, and are gone
    org.apache.hadoop.fs.Path w = new org.apache.hadoop.fs.Path(work);
    assertFalse(fs.exists(w) && fs.listStatus(w).length > 0, "work folder left empty");
    try (Stream<Path> left = Files.list(spark.resolve(asOf.toString()))) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".spark")));
    }
  }

  @Test
  void theSampleWithItsArticlesOnHdfsGivesTheSingleJvmsTables() throws IOException {
    Path sample = Path.of("input");
    FileSystem fs = dfs.getFileSystem();
    String statements = fs.getUri() + "/sample/in";
    String articles = fs.getUri() + "/sample/articles";
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(sample.resolve("statements.csv").toUri()),
        new org.apache.hadoop.fs.Path(statements + "/statements.csv"));
    try (Stream<Path> files = Files.list(sample.resolve("articles"))) {
      for (Path f : files.toList()) {
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(f.toUri()),
            new org.apache.hadoop.fs.Path(articles + "/" + f.getFileName()));
      }
    }
    Path catalog = tmp.resolve("catalog");
    Files.createDirectories(catalog);
    Files.copy(sample.resolve("topics.csv"), catalog.resolve("topics.csv"));
    Files.copy(sample.resolve("sources.csv"), catalog.resolve("sources.csv"));
    Files.writeString(catalog.resolve("statements.csv"),
        Files.readAllLines(sample.resolve("statements.csv")).get(0) + "\n", StandardCharsets.UTF_8);

    LocalDate asOf = LocalDate.parse("2025-05-01");
    Path spark = tmp.resolve("spark");
    List<String> tables = new java.util.ArrayList<>(SparkJobTest.TABLES);
    tables.addAll(SparkJobTest.ARTICLE_TABLES);
    assertSameTables(sample, catalog, spark, asOf,
        new SparkStage(sc, 64 << 20, fs.getUri() + "/tmp/sample-work", statements, articles),
        tables);
    assertTrue(Files.readAllLines(spark.resolve(asOf + "/extracted.csv")).size() > 1,
        "the articles on HDFS yielded statements");
  }

  /**
   * Runs bin/ackgap's job on {@code input} and the Spark stage on {@code catalog} (the same run
   * with its files elsewhere), asserts the tables are byte-identical; returns the Spark run's log.
   */
  private String assertSameTables(Path input, Path catalog, Path spark, LocalDate asOf,
      SparkStage stage, List<String> tables) throws IOException {
    Path single = tmp.resolve("single");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    assertEquals(ExitCode.OK, new AckgapJob(new Options(input, single, asOf, false, 2, false),
        new PrintStream(log, true, StandardCharsets.UTF_8)).run(), log::toString);
    ByteArrayOutputStream sparkLog = new ByteArrayOutputStream();
    assertEquals(ExitCode.OK, new AckgapJob(new Options(catalog, spark, asOf, false, 2, false),
        new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(sparkLog, true, StandardCharsets.UTF_8), stage).run(),
        sparkLog::toString);
    for (String table : tables) {
      Path a = single.resolve(asOf.toString()).resolve(table);
      Path b = spark.resolve(asOf.toString()).resolve(table);
      assertEquals(Files.readString(a), Files.readString(b), table);
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), table);
    }
    return sparkLog.toString();
  }
}
