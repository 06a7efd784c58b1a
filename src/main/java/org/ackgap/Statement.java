package org.ackgap;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated statement by a source.
 *
 * @param id unique across all statement files
 * @param date when it was made
 * @param sourceId the speaker, present in sources.csv
 * @param topicIds topics it was filed under; empty means "match against every topic"
 * @param text the statement, any language; may be empty when {@code coded} is present
 * @param url where it was published, or empty
 * @param coded the analyst's coding, if any
 */
public record Statement(
    String id, LocalDate date, String sourceId, List<String> topicIds, String text, String url,
    Optional<Stance> coded) {

  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sourceId, "sourceId");
    topicIds = List.copyOf(topicIds);
    text = text == null ? "" : text;
    url = url == null ? "" : url;
    Objects.requireNonNull(coded, "coded");
  }
}
