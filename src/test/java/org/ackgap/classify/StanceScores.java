package org.ackgap.classify;

import java.util.Locale;
import org.ackgap.Stance;
import org.ackgap.score.Confusion;

/** The per-class table the stance suites print, from the job's own {@link Confusion}. */
final class StanceScores {

  private StanceScores() {}

  /** Returns a title line and one line per class: precision, recall, F1, support. */
  static StringBuilder table(String title, Confusion c) {
    StringBuilder table = new StringBuilder(title)
        .append(String.format(Locale.ROOT, "%n  class    precision recall  F1     support%n"));
    for (Stance s : Stance.values()) {
      table.append(String.format(Locale.ROOT, "  %-8s %.3f     %.3f   %.3f  %d%n", s.label(),
          c.precision(s), c.recall(s), c.f1(s), c.support(s)));
    }
    return table;
  }

  /** Returns whether any pair was coded or classified {@code s}. */
  static boolean seen(Confusion c, Stance s) {
    long n = c.support(s);
    for (Stance x : Stance.values()) {
      n += c.count(x, s);
    }
    return n > 0;
  }
}
