package org.ackgap.classify;

import java.util.List;

/** Finds the topics a statement's text belongs to (SPEC §2). Implementations are thread-safe. */
public interface TopicMatcher {

  /** Returns the topics whose terms, context terms or claim the text matches, in topic order. */
  List<TopicMatch> match(String text);
}
