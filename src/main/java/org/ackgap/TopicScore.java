package org.ackgap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A topic's acknowledgement gap as of one date: a row of gap_scores.csv.
 *
 * @param topic the topic
 * @param status where it stands
 * @param gapScore 100 × C × (1 − A), unrounded
 * @param confirmation C
 * @param acknowledgement A, 0 or 1
 * @param denied whether a subject-side statement denied the claim
 * @param firstConfirmed earliest date C reached the threshold
 * @param acknowledgedOn earliest subject-side affirmation
 * @param daysUnacknowledged days from first confirmation to acknowledgement or as-of
 * @param thirdPartyStatements third-party pairs whose stance is not none
 * @param subjectStatements all subject-side pairs
 * @param omissionRate subject-side none ÷ subject-side pairs
 */
public record TopicScore(
    Topic topic, Status status, double gapScore, double confirmation, double acknowledgement,
    boolean denied, Optional<LocalDate> firstConfirmed, Optional<LocalDate> acknowledgedOn,
    OptionalLong daysUnacknowledged, int thirdPartyStatements, int subjectStatements,
    OptionalDouble omissionRate) {

  public TopicScore {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firstConfirmed, "firstConfirmed");
    Objects.requireNonNull(acknowledgedOn, "acknowledgedOn");
    Objects.requireNonNull(daysUnacknowledged, "daysUnacknowledged");
    Objects.requireNonNull(omissionRate, "omissionRate");
  }
}
