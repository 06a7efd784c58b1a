package org.ackgap;

import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring parameters of SPEC §3.
 *
 * @param threshold confirmation at or above which a claim counts as confirmed
 * @param weights third-party weight of each stance
 */
public record Parameters(double threshold, Map<Stance, Double> weights)
    implements java.io.Serializable {

  /** SPEC §3's defaults: threshold 0.5; affirm 1.0, discuss 0.5, deny and none 0. */
  public static final Parameters DEFAULTS = new Parameters(0.5, Map.of(
      Stance.AFFIRM, 1.0, Stance.DISCUSS, 0.5, Stance.DENY, 0.0, Stance.NONE, 0.0));

  public Parameters {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
    }
    EnumMap<Stance, Double> copy = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      Double w = weights.get(s);
      if (w == null || !(w >= 0.0 && w <= 1.0)) {
        throw new IllegalArgumentException("weight of " + s.label() + " must be in [0,1], got " + w);
      }
      copy.put(s, w);
    }
    weights = Map.copyOf(copy);
  }

  /** Returns the third-party weight of a stance. */
  public double weight(Stance stance) {
    return weights.get(stance);
  }
}
