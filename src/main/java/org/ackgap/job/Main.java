package org.ackgap.job;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.ackgap.extract.AttributionsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of SPEC §5. */
@Command(name = "ackgap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false,
    description = "Scores the acknowledgement gap: how strongly third parties confirm a claim"
        + " that a government's own officials and state media deny, deflect or pass over in"
        + " silence, and for how long.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (rows may have been rejected: see rejects.csv)",
        "1:unexpected failure",
        "2:usage error",
        "3:input unusable (a required file or column missing, a duplicate topic or source id,"
            + " a file that lost more than max_reject_share of its rows), or output folder"
            + " unusable",
        "4:another run holds the lock on the output folder",
        "5:done, and something changed since the previous run (only with --fail-on-change)"},
    footerHeading = "%nAlso:%n",
    footer = "  ackgap attributions [--sources sources.csv] FILE...   the attributions in"
        + " plain-text files, as CSV (SPEC §6)")
public final class Main implements Callable<Integer> {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Option(names = "--input", paramLabel = "DIR", description = "input folder (default: input)")
  private Path input = Path.of("input");

  @Option(names = "--output", paramLabel = "DIR",
      description = "output folder (default: reports)")
  private Path output = Path.of("reports");

  @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
      description = "score as of this date; later statements are ignored (default: today, UTC)")
  private String asOf;

  @Option(names = "--evaluate",
      description = "hide coded stances from the classifier and measure it against them:"
          + " evaluation.csv, confusion.csv, and coded_stance in positions.csv")
  private boolean evaluate;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads that classify statements (default: the number of cores)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet",
      description = "print nothing on standard error but errors: no log, no summary (for cron"
          + " lines that mail all output); the changes still go to standard output")
  private boolean quiet;

  @Option(names = "--fail-on-change",
      description = "exit 5 when something changed since the previous run (SPEC §7)")
  private boolean failOnChange;

  private PrintStream out;

  private PrintStream err;
  private java.util.function.Function<Options, ExitCode> job;

  /** Runs ackgap and exits with its code; the only place that calls System.exit. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    org.ackgap.classify.Classifiers.preload();
    System.exit(main(System.in, out, err, args));
  }

  /** Runs ackgap with the given streams and returns its exit code, for tests. */
  static int main(InputStream in, PrintStream out, PrintStream err, String... args) {
    return main(out, err, null, args);
  }

  /**
   * Parses ackgap's options as {@link #main(String[])} does and runs {@code job} on them (a
   * distributed run's, SPEC §8) instead of the single-JVM job; returns its exit code.
   */
  public static int main(PrintStream out, PrintStream err,
      java.util.function.Function<Options, ExitCode> job, String... args) {
    if (args.length > 0 && args[0].equals("attributions")) {
      // SPEC §6: the attributions found in plain-text files, as CSV on standard output
      return AttributionsCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    Main command = new Main();
    command.out = out;
    command.err = err;
    command.job = job;
    CommandLine cli = new CommandLine(command)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExitCodeExceptionMapper(e -> ExitCode.FAILED.code())
        .setParameterExceptionHandler((e, a) -> {
          // Usage errors and data errors get different codes, so cron can tell them apart.
          e.getCommandLine().getErr().println("ackgap: " + e.getMessage());
          e.getCommandLine().getErr().println("Try 'ackgap --help'.");
          return ExitCode.USAGE.code();
        });
    cli.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK.code());
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    LocalDate date;
    if (asOf == null) {
      date = LocalDate.now(ZoneOffset.UTC);
    } else {
      try {
        date = LocalDate.parse(asOf, ISO_DATE);
      } catch (DateTimeParseException e) {
        err.println("ackgap: --as-of '" + asOf + "' is not a date yyyy-mm-dd");
        err.println("Try 'ackgap --help'.");
        return ExitCode.USAGE.code();
      }
    }
    if (threads < 1) {
      err.println("ackgap: --threads must be at least 1, got " + threads);
      return ExitCode.USAGE.code();
    }
    boolean terminal = System.console() != null && System.getenv("CI") == null;
    Options options = new Options(input, output, date, evaluate, threads, terminal, quiet,
        failOnChange);
    return (job != null ? job.apply(options) : new AckgapJob(options, out, err).run()).code();
  }

  /** Reports the build's version for --version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ackgap " + AckgapJob.version()};
    }
  }
}
