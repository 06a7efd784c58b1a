package org.ackgap.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one run is asked to do.
 *
 * @param input the input folder
 * @param output the output folder
 * @param asOf the scoring date
 * @param evaluate whether to hide coded stances from the classifier and measure it
 * @param threads how many threads classify statements
 * @param progress whether to show progress (on a terminal, not in cron logs)
 * @param quiet whether to keep standard error for errors alone (no log, no summary)
 * @param failOnChange whether a run that found changes exits 5 (SPEC §7)
 */
public record Options(Path input, Path output, LocalDate asOf, boolean evaluate, int threads,
    boolean progress, boolean quiet, boolean failOnChange) {

  /** Creates the options of a run that logs as usual and exits 0 whatever changed. */
  public Options(Path input, Path output, LocalDate asOf, boolean evaluate, int threads,
      boolean progress) {
    this(input, output, asOf, evaluate, threads, progress, false, false);
  }

  public Options {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(asOf, "asOf");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
