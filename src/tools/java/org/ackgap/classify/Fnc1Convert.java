package org.ackgap.classify;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ackgap.Topic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns FNC-1 files into an ackgap input folder, so that {@code --evaluate} scores the classifier
 * through the whole job: one topic per distinct headline (no terms, so matched by similarity),
 * one media source, one coded statement per (headline, body) pair.
 *
 * <pre>
 * java -cp target/ackgap.jar org.ackgap.classify.Fnc1Convert --stances S.csv --bodies B.csv \
 *   --split dev|train|all --out DIR
 * </pre>
 */
public final class Fnc1Convert {

  static final String DATE = "2020-01-01";

  private Fnc1Convert() {}

  /** Runs the conversion; exits 2 on a usage error, 1 when the files cannot be read. */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    Map<String, String> opt;
    try {
      opt = Train.options(args);
      if (!opt.containsKey("stances") || !opt.containsKey("bodies") || !opt.containsKey("out")) {
        throw new IllegalArgumentException("expected --stances FILE --bodies FILE --out DIR "
            + "[--split dev|train|all]");
      }
      Fnc1.Split.parse(opt.getOrDefault("split", "all"));
    } catch (IllegalArgumentException e) {
      err.println("fnc1-convert: " + e.getMessage());
      return 2;
    }
    try {
      List<Fnc1.Pair> pairs = Fnc1.read(Path.of(opt.get("stances")), Path.of(opt.get("bodies")),
          Fnc1.Split.parse(opt.getOrDefault("split", "all")));
      write(pairs, Path.of(opt.get("out")));
      err.printf("fnc1-convert: %d pairs, %d topics -> %s%n", pairs.size(),
          Fnc1.topics(pairs).size(), opt.get("out"));
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("fnc1-convert: " + e.getMessage());
      return 1;
    }
  }

  /** Writes topics.csv, sources.csv and statements.csv for these pairs into {@code dir}. */
  static void write(List<Fnc1.Pair> pairs, Path dir) throws IOException {
    Files.createDirectories(dir);
    CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    Map<String, Topic> topics = Fnc1.topics(pairs);
    try (Writer w = Files.newBufferedWriter(dir.resolve("topics.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, csv)) {
      p.printRecord("topic_id", "title", "claim", "subjects", "terms", "context_terms");
      for (Topic t : topics.values()) {
        p.printRecord(t.id(), t.title(), t.claim(), "XX", "", "");
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("sources.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, csv)) {
      p.printRecord("source_id", "name", "actor", "type", "reliability", "group");
      p.printRecord("fnc", "FNC-1 article bodies", "ZZ", "media", "0.5", "fnc");
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("statements.csv"),
        StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, csv)) {
      p.printRecord("statement_id", "date", "source_id", "topic_id", "text", "stance");
      for (Fnc1.Pair pair : pairs) {
        p.printRecord("p" + pair.row(), DATE, "fnc", topics.get(pair.headline()).id(),
            pair.body(), pair.gold().label());
      }
    }
  }
}
