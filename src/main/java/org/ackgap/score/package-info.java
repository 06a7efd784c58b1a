/**
 * Scores topics from their positions as of a date (SPEC §3): confirmation, acknowledgement, gap
 * score, first-confirmed and acknowledged dates, days unacknowledged, status, omission rate.
 *
 * <p>Pure: no files, clock or environment; the as-of date and the parameters come in as values.
 */
package org.ackgap.score;
