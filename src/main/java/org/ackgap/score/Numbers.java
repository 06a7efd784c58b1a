package org.ackgap.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds scores the way every output shows them. */
public final class Numbers {

  private Numbers() {}

  /**
   * Returns {@code x} rounded to 12 decimals, so that products such as 1 − 0.75 × 0.1 compare and
   * round as the decimals an analyst would compute by hand (0.925, not 0.92499999999999993).
   */
  public static double clean(double x) {
    return BigDecimal.valueOf(x).setScale(12, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Returns {@code x} with exactly {@code decimals} decimals, rounded half up. */
  public static String format(double x, int decimals) {
    return BigDecimal.valueOf(clean(x)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
