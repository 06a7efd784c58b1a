package org.ackgap.classify;

import java.util.List;
import org.ackgap.Topic;

/** Builds the matcher and classifier the job uses, so the job never names an implementation. */
public final class Classifiers {

  private Classifiers() {}

  /** Returns the topic matcher for these topics. */
  public static TopicMatcher matcher(List<Topic> topics) {
    return new TermMatcher(topics);
  }

  /** Returns the stance classifier. */
  public static StanceClassifier classifier() {
    return new RuleClassifier();
  }
}
