package org.ackgap;

import java.time.LocalDate;

/**
 * A topic's running values as of one date that has statements: a row of timeline.csv (whose
 * statement ids the job keeps on disk, not here).
 *
 * @param topicId the topic
 * @param date the date
 * @param confirmation C as of the date
 * @param acknowledgement A as of the date
 * @param gapScore the gap score as of the date
 */
public record TimelinePoint(
    String topicId, LocalDate date, double confirmation, double acknowledgement,
    double gapScore) {}
