package org.ackgap.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ackgap.Topic;

/**
 * Scores the classifier on FNC-1 pairs in-process, without the job: per-class P/R/F1, macro-F1,
 * related-vs-unrelated F1, the FNC-1 score and pairs per second.
 *
 * <pre>
 * mvn -q -o compile exec:java -Dexec.mainClass=org.ackgap.classify.Fnc1Eval \
 *   -Dexec.args="--data ../shared/data/fnc-1 --split dev"
 * </pre>
 */
public final class Fnc1Eval {

  private Fnc1Eval() {}

  /** Runs the evaluation; prints the report on standard output. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opt = Train.options(args);
    Path data = Path.of(opt.getOrDefault("data", "../shared/data/fnc-1"));
    Fnc1.Split split = Fnc1.Split.parse(opt.getOrDefault("split", "dev"));
    StanceModel model;
    if (opt.containsKey("model")) {
      try (InputStream in = Files.newInputStream(Path.of(opt.get("model")))) {
        model = StanceModel.read(in);
      }
    } else {
      model = StanceModel.standard();
    }
    StanceClassifier c = new HybridClassifier(Lexicon.standard(), Idf.standard(), model);
    List<Fnc1.Pair> pairs = Fnc1.read(data.resolve(opt.getOrDefault("stances",
        "train_stances.csv")), data.resolve(opt.getOrDefault("bodies", "train_bodies.csv")), split);
    Map<String, Topic> topics = Fnc1.topics(pairs);
    Fnc1.Scores scores = new Fnc1.Scores();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = cpu.getCurrentThreadCpuTime();
    for (Fnc1.Pair p : pairs) {
      scores.add(p.gold(), c.classify(topics.get(p.headline()), p.body()).stance());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf("FNC-1 %s split: %d pairs, %d headlines%n", split.name().toLowerCase(),
        pairs.size(), topics.size());
    System.out.print(scores.report());
    System.out.printf("%.0f pairs/s wall, %.0f pairs per CPU-second (one thread, cold JIT; the "
        + "JMH benchmark ClassifierBench is the measure)%n", pairs.size() / secs,
        pairs.size() / cpuSecs);
  }
}
