package org.ackgap.job;

import java.io.PrintStream;
import java.util.Locale;

/** Shows a one-line count of statements done on a terminal; silent in cron logs. */
final class Progress {

  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean on;
  private final long start = System.nanoTime();
  private long count;
  private long last = System.nanoTime();
  private boolean shown;

  Progress(PrintStream err, boolean on) {
    this.err = err;
    this.on = on;
  }

  void advance(int n) {
    count += n;
    long now = System.nanoTime();
    if (on && now - last >= EVERY_NANOS) {
      last = now;
      double seconds = (now - start) / 1e9;
      err.printf(Locale.ROOT, "\rackgap: %,d statements, %,.0f a second ", count, count / seconds);
      err.flush();
      shown = true;
    }
  }

  /** Clears the progress line so that a log line can follow. */
  void clear() {
    if (shown) {
      err.print("\r\033[K");
      shown = false;
    }
  }
}
