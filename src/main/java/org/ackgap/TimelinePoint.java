package org.ackgap;

import java.time.LocalDate;
import java.util.List;

/**
 * A topic's running values as of one date that has statements: a row of timeline.csv.
 *
 * @param topicId the topic
 * @param date the date
 * @param confirmation C as of the date
 * @param acknowledgement A as of the date
 * @param gapScore the gap score as of the date
 * @param statementIds the statements of that date on that topic
 */
public record TimelinePoint(
    String topicId, LocalDate date, double confirmation, double acknowledgement, double gapScore,
    List<String> statementIds) {

  public TimelinePoint {
    statementIds = statementIds instanceof StatementIds ids ? ids : List.copyOf(statementIds);
  }
}
