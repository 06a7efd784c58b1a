package org.ackgap.classify;

import org.ackgap.Topic;

/** Decides the stance of a statement's text toward a topic's claim. Implementations are thread-safe. */
public interface StanceClassifier {

  /**
   * Returns the stance of {@code text} toward {@code topic}'s claim, {@code NONE} when the text
   * does not address the claim.
   */
  Judgement classify(Topic topic, String text);
}
