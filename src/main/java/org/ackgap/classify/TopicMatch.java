package org.ackgap.classify;

import java.util.List;
import java.util.Objects;
import org.ackgap.Topic;

/**
 * A statement's text mentions a topic.
 *
 * @param topic the topic
 * @param claim true when the claim's terms (or, for a topic without terms, its similarity to the
 *     claim) matched; false when only context terms did
 * @param terms the terms that matched, as written in topics.csv
 */
public record TopicMatch(Topic topic, boolean claim, List<String> terms) {

  public TopicMatch {
    Objects.requireNonNull(topic, "topic");
    terms = List.copyOf(terms);
  }
}
