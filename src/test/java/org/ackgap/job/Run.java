package org.ackgap.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of ackgap's command line, with what it printed.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record Run(int code, String out, String err) {

  /** Runs the command line with these arguments. */
  static Run of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.main(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the job on an input folder into an output folder as of a date, plus extra arguments. */
  static Run job(Path input, Path output, String asOf, String... extra) {
    List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output",
        output.toString(), "--as-of", asOf));
    args.addAll(List.of(extra));
    return of(args.toArray(String[]::new));
  }

  /** Returns the last line printed on standard error: the summary. */
  String summary() {
    String[] lines = err.strip().split("\n");
    return lines[lines.length - 1];
  }
}
