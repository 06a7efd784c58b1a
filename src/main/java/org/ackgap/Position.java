package org.ackgap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The stance one statement takes toward one topic: a row of positions.csv.
 *
 * @param statementId the statement
 * @param topicId the topic
 * @param date the statement's date
 * @param sourceId the statement's source
 * @param side the source's side on this topic
 * @param stance the stance that is scored
 * @param origin whether the stance was coded or classified
 * @param confidence in [0, 1]; 1 for a coded stance
 * @param evidence the cue words or matched terms that decided the stance
 * @param coded the analyst's coding when {@code --evaluate} hid it from the classifier
 */
public record Position(
    String statementId, String topicId, LocalDate date, String sourceId, Side side,
    Stance stance, Origin origin, double confidence, String evidence, Optional<Stance> coded) {

  public Position {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(topicId, "topicId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(origin, "origin");
    evidence = evidence == null ? "" : evidence;
    Objects.requireNonNull(coded, "coded");
  }
}
