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
   * Starts building the classifier on a daemon thread, so that it loads (the lexicon, IDF table
   * and model: about a third of a second) while the command line and the catalog are read. A
   * failure is left for the job's own {@link #classifier()} call to meet and report.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        classifier();
      } catch (RuntimeException | Error e) {
        // classifier() throws it again where the job can report it
      }
    }, "ackgap-preload");
    t.setDaemon(true);
    t.start();
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
