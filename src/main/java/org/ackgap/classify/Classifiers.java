package org.ackgap.classify;

import java.util.List;
import org.ackgap.Topic;

/** Builds the matcher and classifier the job uses, so the job never names an implementation. */
public final class Classifiers {

  private static volatile StanceClassifier classifier;

  private Classifiers() {}

  /** Returns the topic matcher for these topics. */
  public static TopicMatcher matcher(List<Topic> topics) {
    return new TermMatcher(topics, Idf.standard());
  }

  /**
   * Returns the stance classifier: cue lexicons plus the model trained on FNC-1. Built once and
   * shared, since it is thread-safe and loading the model takes a moment.
   */
  public static StanceClassifier classifier() {
    StanceClassifier c = classifier;
    if (c == null) {
      synchronized (Classifiers.class) {
        if (classifier == null) {
          classifier = new HybridClassifier(Lexicon.standard(), Idf.standard(),
              StanceModel.standard());
        }
        c = classifier;
      }
    }
    return c;
  }
}
