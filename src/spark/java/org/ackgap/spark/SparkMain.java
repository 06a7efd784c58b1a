package org.ackgap.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ackgap.job.AckgapJob;
import org.ackgap.job.ExitCode;
import org.ackgap.job.Main;
import org.ackgap.job.Options;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs ackgap on Apache Spark (SPEC §8): {@code [--master URL] [--split-mb N] [--work URI]
 * [--statements URI] [--articles URI]} and then ackgap's own options. The output folder is the
 * driver's, locked and published as by the single JVM; the tables are the same byte for byte.
 *
 * <ul>
 *   <li>{@code --master}: Spark's master URL; default the one spark-submit sets, else
 *       {@code local[*]}
 *   <li>{@code --split-mb}: about how many MB of statements a task reads (default 64)
 *   <li>{@code --work}: a folder every executor and the driver reach (hdfs://, s3a://, a shared
 *       mount) for the tasks' part files; default a folder in the local staging folder, which
 *       only local mode reaches
 *   <li>{@code --statements}: read the statement files from this folder (any Hadoop URI)
 *       instead of {@code --input}, which then holds topics, sources and parameters and, by the
 *       same names, each statement file's header
 *   <li>{@code --articles}: read the article files from this folder (any Hadoop URI), at any
 *       depth, as the input's articles/ folder is read; the input then needs no articles/
 * </ul>
 */
public final class SparkMain {

  private SparkMain() {}

  /** Runs ackgap on Spark and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs ackgap on Spark and returns its exit code. */
  static int run(PrintStream out, PrintStream err, String... args) {
    String master = null;
    String work = null;
    String statements = null;
    String articles = null;
    long splitMb = 64;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean valued = a.equals("--master") || a.equals("--split-mb") || a.equals("--work")
          || a.equals("--statements") || a.equals("--articles");
      if (valued && i + 1 == args.length) {
        err.println("ackgap: " + a + " needs a value");
        return ExitCode.USAGE.code();
      }
      switch (a) {
        case "--master" -> master = args[++i];
        case "--work" -> work = args[++i];
        case "--statements" -> statements = args[++i];
        case "--articles" -> articles = args[++i];
        case "--split-mb" -> {
          try {
            splitMb = Long.parseLong(args[++i]);
          } catch (NumberFormatException e) {
            splitMb = 0;
          }
          if (splitMb < 1) {
            err.println("ackgap: --split-mb must be a whole number of MB, at least 1");
            return ExitCode.USAGE.code();
          }
        }
        default -> rest.add(a);
      }
    }
    String m = master;
    String w = work;
    String s = statements;
    String a = articles;
    long bytes = splitMb << 20;
    org.ackgap.classify.Classifiers.preload();
    return Main.main(out, err, options -> runOnSpark(options, m, bytes, w, s, a, out, err),
        rest.toArray(String[]::new));
  }

  private static ExitCode runOnSpark(Options options, String master, long splitBytes,
      String work, String statements, String articles, PrintStream out, PrintStream err) {
    SparkConf conf = new SparkConf().setAppName("ackgap " + options.asOf());
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // a laptop or a test: no web UI, and the driver reachable on the loopback
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else if (!conf.contains("spark.jars")) {
      // started without spark-submit (bin/ackgap-spark with no SPARK_HOME, --master spark://…):
      // nothing ships this jar to the executors, and every task would fail on its first lambda
      conf.setJars(JavaSparkContext.jarOfClass(SparkMain.class));
    }
    long t0 = System.nanoTime();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      if (!options.quiet()) { // a log line: --quiet keeps stderr for errors alone
        err.println(String.format(Locale.ROOT, "ackgap: Spark %s, master %s, up in %.2f s",
            sc.version(), sc.master(), (System.nanoTime() - t0) / 1e9));
      }
      return new AckgapJob(options, out, err, new SparkStage(sc, splitBytes, work, statements,
          articles)).run();
    }
  }
}
