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

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * How far from a rounding tie, in units of the last decimal, a scaled value must be for the fast
   * path; the double product and {@link #clean}'s nudge are both far below it.
   */
  private static final double TIE_MARGIN = 1e-6;

  /** Returns {@code x} with exactly {@code decimals} decimals, rounded half up. */
  public static String format(double x, int decimals) {
    // Every positions row formats a confidence, and BigDecimal was a tenth of the workers' time.
    // Values clear of a tie round the same from the double as from the cleaned decimal, so only
    // those near a tie (or out of range) take the exact BigDecimal route.
    if (decimals >= 1 && decimals < POWERS.length && x >= 0 && x < 1e6) {
      long unit = POWERS[decimals];
      double scaled = x * unit;
      if (scaled < 1e9) {
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
          long units = (long) floor + (fraction > 0.5 ? 1 : 0);
          return plain(units, unit, decimals);
        }
      }
    }
    return BigDecimal.valueOf(clean(x)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(long units, long unit, int decimals) {
    String fraction = Long.toString(units % unit);
    StringBuilder out = new StringBuilder(20).append(units / unit).append('.');
    for (int i = fraction.length(); i < decimals; i++) {
      out.append('0');
    }
    return out.append(fraction).toString();
  }
}
