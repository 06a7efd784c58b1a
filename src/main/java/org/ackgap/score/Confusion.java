package org.ackgap.score;

import org.ackgap.Stance;

/**
 * Counts coded against classified stances and derives the evaluation metrics of {@code
 * --evaluate}: per-class precision, recall and F1, macro-F1 and accuracy.
 */
public final class Confusion {

  private final long[][] counts = new long[Stance.values().length][Stance.values().length];

  /** Counts one pair. */
  public void add(Stance coded, Stance classified) {
    counts[coded.ordinal()][classified.ordinal()]++;
  }

  /** Returns how many pairs were coded {@code coded} and classified {@code classified}. */
  public long count(Stance coded, Stance classified) {
    return counts[coded.ordinal()][classified.ordinal()];
  }

  /** Returns the number of pairs counted. */
  public long total() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  /** Returns how many pairs were coded {@code s}. */
  public long support(Stance s) {
    long n = 0;
    for (long c : counts[s.ordinal()]) {
      n += c;
    }
    return n;
  }

  private long predicted(Stance s) {
    long n = 0;
    for (long[] row : counts) {
      n += row[s.ordinal()];
    }
    return n;
  }

  /** Returns the precision of class {@code s}; 0 when nothing was classified {@code s}. */
  public double precision(Stance s) {
    long p = predicted(s);
    return p == 0 ? 0 : (double) count(s, s) / p;
  }

  /** Returns the recall of class {@code s}; 0 when nothing was coded {@code s}. */
  public double recall(Stance s) {
    long n = support(s);
    return n == 0 ? 0 : (double) count(s, s) / n;
  }

  /** Returns the F1 of class {@code s}; 0 when precision and recall are both 0. */
  public double f1(Stance s) {
    double p = precision(s);
    double r = recall(s);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns the unweighted mean over the four classes of {@code metric}. */
  public double macro(java.util.function.ToDoubleFunction<Stance> metric) {
    double sum = 0;
    for (Stance s : Stance.values()) {
      sum += metric.applyAsDouble(s);
    }
    return sum / Stance.values().length;
  }

  /** Returns the share of pairs classified as coded; 0 when none were counted. */
  public double accuracy() {
    long n = total();
    long right = 0;
    for (Stance s : Stance.values()) {
      right += count(s, s);
    }
    return n == 0 ? 0 : (double) right / n;
  }
}
