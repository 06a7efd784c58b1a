package org.ackgap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ackgap.Topic;
import org.ackgap.classify.Classifiers;
import org.ackgap.classify.FncPairs;
import org.ackgap.classify.Judgement;
import org.ackgap.classify.StanceClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifies FNC-1 dev pairs on one thread; the score is pairs per second. Reads the pairs from
 * {@code fnc1Dir} (the FNC-1 folder), cycling through them.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp-test.txt) \
 *   org.openjdk.jmh.Main ClassifierBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ClassifierBench {

  @Param("../shared/data/fnc-1")
  public String fnc1Dir;

  private StanceClassifier classifier;
  private final List<Topic> topics = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private int next;

  @Setup
  public void load() throws Exception {
    Path dir = Path.of(fnc1Dir);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("FNC-1 folder not found: " + dir.toAbsolutePath()
          + " (pass -p fnc1Dir=...)");
    }
    FncPairs.dev(dir, 3000, topics, bodies);
    classifier = Classifiers.classifier();
  }

  @Benchmark
  public Judgement classifyOnePair() {
    int i = next;
    next = i + 1 == topics.size() ? 0 : i + 1;
    return classifier.classify(topics.get(i), bodies.get(i));
  }
}
