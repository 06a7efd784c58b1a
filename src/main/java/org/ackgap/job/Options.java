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
 */
public record Options(Path input, Path output, LocalDate asOf, boolean evaluate, int threads,
    boolean progress) {

  public Options {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(asOf, "asOf");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
