package org.ackgap.score;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.ackgap.TopicScore;

/** Orders topic scores as gap_scores.csv and the report list them (SPEC §4). */
public final class Ranking {

  /**
   * Gap descending, then topic_id: by the gap as printed (one decimal), so that two rows showing
   * the same gap_score fall back to topic_id.
   */
  public static final Comparator<TopicScore> BY_GAP = Comparator
      .comparing((TopicScore s) -> new BigDecimal(Numbers.format(s.gapScore(), 1))).reversed()
      .thenComparing(s -> s.topic().id());

  private Ranking() {}

  /** Returns the scores in {@link #BY_GAP} order. */
  public static List<TopicScore> byGap(List<TopicScore> scores) {
    return scores.stream().sorted(BY_GAP).toList();
  }
}
