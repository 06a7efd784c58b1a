package org.ackgap.classify;

import java.util.Objects;
import org.ackgap.Stance;

/**
 * What the classifier decided about one (statement, topic) pair.
 *
 * @param stance the stance
 * @param confidence in [0, 1]
 * @param evidence the cue words or features that decided it, short, human-readable
 */
public record Judgement(Stance stance, double confidence, String evidence) {

  public Judgement {
    Objects.requireNonNull(stance, "stance");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
    }
    evidence = evidence == null ? "" : evidence;
  }
}
