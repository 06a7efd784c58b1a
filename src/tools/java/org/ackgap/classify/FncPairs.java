package org.ackgap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ackgap.Topic;

/** Hands FNC-1 dev pairs to code outside this package (the JMH benchmark). */
public final class FncPairs {

  private FncPairs() {}

  /** Appends up to {@code limit} dev pairs of the FNC-1 folder {@code dir}, as topic and text. */
  public static void dev(Path dir, int limit, List<Topic> topics, List<String> texts)
      throws IOException {
    List<Fnc1.Pair> pairs = Fnc1.read(dir.resolve("train_stances.csv"),
        dir.resolve("train_bodies.csv"), Fnc1.Split.DEV);
    Map<String, Topic> byHeadline = Fnc1.topics(pairs);
    for (Fnc1.Pair p : pairs.subList(0, Math.min(limit, pairs.size()))) {
      topics.add(byHeadline.get(p.headline()));
      texts.add(p.body());
    }
  }
}
