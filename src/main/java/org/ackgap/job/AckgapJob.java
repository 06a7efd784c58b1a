package org.ackgap.job;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ackgap.TimelinePoint;
import org.ackgap.Topic;
import org.ackgap.TopicScore;
import org.ackgap.classify.Classifiers;
import org.ackgap.classify.PositionMaker;
import org.ackgap.ingest.Admission;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputException;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.StatementParser;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.DateSpan;
import org.ackgap.report.ReportData.InputCount;
import org.ackgap.report.ReportData.RunPoint;
import org.ackgap.report.ChangeText;
import org.ackgap.report.chart.ChartFiles;
import org.ackgap.report.csv.Tables;
import org.ackgap.report.pdf.PdfReport;
import org.ackgap.score.Changes;
import org.ackgap.score.Ranking;
import org.ackgap.score.TopicLedger;

/**
 * The batch job, top to bottom: lock the output folder; read topics and sources; read the
 * statement files row by row and process the rows (parse, match, classify) on every core;
 * collect them in input order into the topic ledgers and the tables; score each topic as of the
 * date; write the tables, charts, PDF and manifest into a staging folder, and publish it whole.
 *
 * <p>It returns an exit code instead of exiting, so tests can run it in-process.
 */
public final class AckgapJob {

  private final Options options;
  /** Standard output: one line per change since the previous run, and nothing else (SPEC §7). */
  private final PrintStream out;
  /** Where errors go, whatever the options. */
  private final PrintStream err;
  /** Where the log goes: {@code err}, or nowhere with --quiet. */
  private final PrintStream log;
  private final long started = System.nanoTime();
  private final Instant startedAt = Instant.now();
  private final Progress progress;
  private int topics;
  private long statementsRead;
  private long rejected;
  private long articles;
  private Optional<PreviousReport> previous = Optional.empty();
  private List<Changes.Change> changes = List.of();
  /** What the analyst should know though the run goes on; logged and shown in the report. */
  private final List<String> warnings = new ArrayList<>();

  /** Reads, processes and collects the statements: null for {@link StatementStream}. */
  private final StatementStage stage;

  /** Creates a run of the job that logs to {@code err} and prints no changes. */
  public AckgapJob(Options options, PrintStream err) {
    this(options, new PrintStream(OutputStream.nullOutputStream()), err, null);
  }

  /** Creates a run of the job that prints its changes on {@code out} and logs to {@code err}. */
  public AckgapJob(Options options, PrintStream out, PrintStream err) {
    this(options, out, err, null);
  }

  /**
   * Creates a run of the job whose statements are read, processed and collected by {@code
   * stage} (a distributed engine's, SPEC §8) instead of this JVM's threads; null for those.
   */
  public AckgapJob(Options options, PrintStream out, PrintStream err, StatementStage stage) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.log = options.quiet() ? new PrintStream(OutputStream.nullOutputStream()) : err;
    this.progress = new Progress(log, options.progress() && !options.quiet());
    this.stage = stage;
  }

  /** Returns ackgap's version, from the build. */
  public static String version() {
    try (InputStream in = AckgapJob.class.getResourceAsStream("/org/ackgap/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Runs the job and returns its exit code; the last line on stderr is the summary. */
  public ExitCode run() {
    OutputFolder folder;
    try {
      folder = OutputFolder.lock(options.output());
    } catch (OutputFolder.LockedException e) {
      err.println("ackgap: " + e.getMessage() + "; exiting without touching it");
      return summary(ExitCode.LOCKED, null);
    } catch (IOException e) {
      // a path or permission problem is the user's to fix, not a failure of ackgap: exit 3
      err.println("ackgap: " + OutputFolder.unusable(options.output(), e));
      return summary(ExitCode.BAD_INPUT, null);
    } catch (RuntimeException e) {
      err.println("ackgap: cannot use output folder " + options.output() + ": " + e);
      return summary(ExitCode.FAILED, null);
    }
    Path staging = null;
    try (folder) {
      folder.recover();
      try {
        previous = PreviousReport.read(options.output());
      } catch (IOException e) {
        err.println("ackgap: cannot read the previous report to compare with: " + e.getMessage()
            + "; move that folder aside, or delete " + options.output().resolve(OutputFolder.LATEST)
            + " to start the history afresh");
        return summary(ExitCode.FAILED, null);
      }
      staging = folder.stage(options.asOf().toString());
      build(staging);
      Path published = folder.publish(staging, options.asOf().toString());
      staging = null;
      for (Changes.Change c : changes) {
        out.println(ChangeText.line(c));
      }
      out.flush();
      boolean changed = !changes.isEmpty();
      return summary(changed && options.failOnChange() ? ExitCode.CHANGED : ExitCode.OK,
          published);
    } catch (InputException e) {
      err.println("ackgap: input unusable: " + e.getMessage());
      return summary(ExitCode.BAD_INPUT, null);
    } catch (IOException | RuntimeException | InterruptedException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof InputException ie) {
        err.println("ackgap: input unusable: " + ie.getMessage());
        return summary(ExitCode.BAD_INPUT, null);
      }
      err.println("ackgap: failed: " + cause);
      return summary(ExitCode.FAILED, null);
    } finally {
      if (staging != null) {
        folder.discard(staging);
      }
    }
  }

  private void build(Path staging) throws IOException, InterruptedException, ExecutionException {
    long t0 = System.nanoTime();
    boolean articlesElsewhere = stage != null && stage.articlesElsewhere();
    InputFolder input = InputFolder.open(options.input(), articlesElsewhere);
    List<FileCount> counts = new ArrayList<>();
    try (RejectWriter rejects = new RejectWriter(out(staging, "rejects.csv"), log)) {
      Catalog catalog = input.readCatalog(rejects, counts);
      input.checkStatementHeaders();
      topics = catalog.topics().size();
      log("read %d topics and %d sources in %s", topics, catalog.sources().size(), since(t0));
      ArticleInput.Statements extracted = ArticleInput.Statements.none();
      if (articlesElsewhere || input.articles().isPresent()) {
        t0 = System.nanoTime();
        extracted = ArticleInput.read(input.articles().orElse(null), catalog, rejects, counts,
            staging, options.threads(), stage);
        articles = extracted.articles();
        log("read %d articles in %s", articles, since(t0));
        if (extracted.speakersPruned()) {
          log("more than %d distinct unmatched speakers: speakers.csv leaves out the rarest",
              ArticleInput.SPEAKERS_KEPT);
        }
      }

      t0 = System.nanoTime();
      Map<String, Topic> byId = new LinkedHashMap<>();
      catalog.topics().forEach(t -> byId.put(t.id(), t));
      RecordProcessor processor = new RecordProcessor(new StatementParser(catalog),
          new PositionMaker(byId, catalog.sources(), Classifiers.matcher(catalog.topics()),
              Classifiers.classifier(), options.evaluate()),
          options.asOf(), options.evaluate());
      Collector collector;
      long afterAsOf;
      SubjectPairs subjectPairs =
          new SubjectPairs(previous.flatMap(PreviousReport::subjectPairs));
      try (Collector c = new Collector(catalog.topics(), catalog.sources(), catalog.parameters(),
          options.evaluate(), out(staging, "positions.csv"),
          staging.resolve("timeline-ids.tmp"), subjectPairs)) {
        collector = c;
        afterAsOf = stage != null
            ? stage.run(new StageContext(options, input, catalog, extracted, rejects, c, counts,
                staging, log))
            : StatementStream.run(input, extracted, processor, new Admission(rejects), c,
                counts, options.threads(), progress);
      }
      statementsRead = counts.stream()
          .filter(f -> input.statementFiles().contains(f.file()))
          .mapToLong(FileCount::readRows).sum();
      rejected = rejects.count();
      for (FileCount f : counts) {
        log("%s: %d read, %d used, %d rejected%s", f.file(), f.readRows(), f.usedRows(),
            f.rejectedRows(), f.format() == null ? "" : "; read as " + f.format().describe());
      }
      rejects.checkShare(counts, input.settings().maxRejectShare());
      warnEmptyStatementFiles(input, counts);
      log("classified %d statements into %d positions (%d rejected, %d after %s) in %s",
          statementsRead, collector.pairs(), rejected, afterAsOf, options.asOf(), since(t0));

      t0 = System.nanoTime();
      Scored scored = score(catalog, collector, counts, input, rejects, afterAsOf, subjectPairs);
      log("scored %d topics in %s", topics, since(t0));
      previous.ifPresent(p -> log("%d changes since the report of %s", changes.size(),
          p.asOf()));
      if (previous.isPresent() && previous.get().subjectPairs().isEmpty()) {
        log("the report of %s kept no record of its statements: new subject-side statements"
            + " are not listed this once", previous.get().asOf());
      }
      try (OutputStream o = out(staging, SubjectPairs.FILE)) {
        subjectPairs.write(o);
      }

      t0 = System.nanoTime();
      int charts = render(scored, collector, staging);
      log("wrote the tables, %d charts and report.pdf in %s", charts, since(t0));
      try (OutputStream out = out(staging, "manifest.json")) {
        new Manifest(version(), options, startedAt,
            Duration.ofNanos(System.nanoTime() - started), catalog.parameters(),
            scored.data().inputs(), afterAsOf, collector.pairs(), topics, warnings,
            previous.map(PreviousReport::asOf), changes.size()).write(out);
      }
    }
  }

  /**
   * Warns of a statements file with a header and no rows: every topic then reads UNCONFIRMED,
   * which is a finding only when the file really is meant to be empty.
   */
  private void warnEmptyStatementFiles(InputFolder input, List<FileCount> counts) {
    for (FileCount f : counts) {
      if (f.readRows() == 0 && input.statementFiles().contains(f.file())) {
        String warning = f.file() + " has a header and no rows: no statements were read from it";
        warnings.add(warning);
        log("warning: %s", warning);
      }
    }
  }

  /** A run's scores in gap order, its timeline points in topic and date order, the report. */
  private record Scored(ReportData data, List<TopicScore> scores, List<TimelinePoint> points) {}

  private Scored score(Catalog catalog, Collector collector, List<FileCount> counts,
      InputFolder input, RejectWriter rejects, long afterAsOf, SubjectPairs subjectPairs)
      throws IOException {
    LocalDate asOf = options.asOf();
    List<TopicScore> scores = new ArrayList<>();
    List<TimelinePoint> points = new ArrayList<>();
    Map<String, List<TimelinePoint>> timelines = new LinkedHashMap<>();
    for (TopicLedger ledger : collector.ledgers().values()) {
      scores.add(ledger.score(asOf));
      List<TimelinePoint> timeline = ledger.timeline(asOf);
      timelines.put(ledger.topic().id(), timeline);
      points.addAll(timeline);
    }
    Optional<DateSpan> span = points.stream().map(TimelinePoint::date).min(LocalDate::compareTo)
        .map(first -> new DateSpan(first,
            points.stream().map(TimelinePoint::date).max(LocalDate::compareTo).orElseThrow()));
    List<InputCount> inputs = new ArrayList<>();
    for (FileCount c : counts) {
      inputs.add(c.format() == null
          ? new InputCount(c.file(), c.sha256(), c.readRows(), c.usedRows(), c.rejectedRows())
          : new InputCount(c.file(), c.sha256(), c.readRows(), c.usedRows(), c.rejectedRows(),
              c.format().encoding(), c.format().delimiterName()));
    }
    Path properties = input.dir().resolve(InputFolder.PROPERTIES);
    if (Files.isRegularFile(properties)) {
      inputs.add(new InputCount(InputFolder.PROPERTIES, Manifest.sha256(properties), 0, 0, 0));
    }
    List<TopicScore> ranked = Ranking.byGap(scores);
    changes = previous.map(p -> Changes.between(p.topics(),
        ranked.stream().map(Changes.TopicState::of).toList(), subjectPairs.added()))
        .orElse(List.of());
    ReportData data = new ReportData(asOf, version(), catalog.parameters(), catalog.topics(),
        catalog.sources(), ranked, timelines, collector.reportRows(), collector.omitted(),
        collector.matrix(), span, inputs, rejects.first(), collector.statements(), afterAsOf,
        warnings, previous.map(p -> new ReportData.Since(p.asOf(), changes)),
        history(previous.map(PreviousReport::history).orElse(List.of()), ranked));
    return new Scored(data, ranked, points);
  }

  /**
   * Returns the history of runs with this run's rows in place of any earlier run of the same
   * as-of date, in as-of order.
   */
  private List<RunPoint> history(List<RunPoint> before, List<TopicScore> ranked) {
    List<RunPoint> history = new ArrayList<>();
    for (RunPoint p : before) {
      if (!p.asOf().equals(options.asOf())) {
        history.add(p);
      }
    }
    ranked.forEach(s -> history.add(RunPoint.of(options.asOf(), s)));
    // stable: the rows of one run keep their order
    history.sort(java.util.Comparator.comparing(RunPoint::asOf));
    return history;
  }

  /**
   * Writes the tables, the PNG charts and report.pdf; returns how many charts. The PDF, the
   * longest part, is made on a thread of its own while this one writes the rest.
   */
  private int render(Scored scored, Collector collector, Path staging)
      throws IOException, InterruptedException, ExecutionException {
    ExecutorService pdfThread = options.threads() > 1
        ? Executors.newSingleThreadExecutor(daemon("ackgap-pdf")) : null;
    try {
      Future<?> pdf = pdfThread == null ? null
          : pdfThread.submit(() -> writePdf(scored.data(), staging));
      writeTables(staging, scored, collector);
      int charts = ChartFiles.writeAll(scored.data(), staging).size();
      if (pdf == null) {
        writePdf(scored.data(), staging);
      } else {
        pdf.get();
      }
      return charts;
    } finally {
      if (pdfThread != null) {
        pdfThread.shutdownNow();
      }
    }
  }

  private static Void writePdf(ReportData data, Path staging) throws IOException {
    try (OutputStream pdf = out(staging, "report.pdf")) {
      PdfReport.write(data, pdf);
    }
    return null;
  }

  /** Writes gap_scores.csv, timeline.csv, review.csv and, when evaluating, the evaluation. */
  private void writeTables(Path staging, Scored scored, Collector collector) throws IOException {
    try (OutputStream out = out(staging, "gap_scores.csv")) {
      Tables.writeGapScores(scored.scores(), out);
    }
    try (OutputStream out = out(staging, "timeline.csv")) {
      Tables.writeTimeline(scored.points(), p -> collector.timelineIds(p.topicId(), p.date()),
          out);
    }
    collector.dropTimelineIds();
    try (OutputStream out = out(staging, "review.csv")) {
      collector.writeReview(out);
    }
    try (OutputStream out = out(staging, "changes.csv")) {
      Tables.writeChanges(changes, out);
    }
    try (OutputStream out = out(staging, OutputFolder.HISTORY)) {
      Tables.writeHistory(scored.data().history(), out);
    }
    if (options.evaluate()) {
      try (OutputStream out = out(staging, "evaluation.csv")) {
        Tables.writeEvaluation(collector.confusion(), out);
      }
      try (OutputStream out = out(staging, "confusion.csv")) {
        Tables.writeConfusion(collector.confusion(), out);
      }
      log("evaluation: macro-F1 %.4f, accuracy %.4f over %d coded pairs",
          collector.confusion().macro(collector.confusion()::f1),
          collector.confusion().accuracy(), collector.confusion().total());
    }
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  static OutputStream out(Path dir, String name) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
  }

  private ExitCode summary(ExitCode code, Path published) {
    progress.clear();
    if (options.quiet() && (code == ExitCode.OK || code == ExitCode.CHANGED)) {
      return code;
    }
    String where = published == null ? "nothing published" : published.toString();
    err.printf(Locale.ROOT, "ackgap: %s: %d topics, %d statements read, %d rejected,%s %s, %s%n",
        code == ExitCode.OK ? "done"
            : code == ExitCode.CHANGED ? "done, " + changes.size() + " changes (exit 5)"
            : "exit " + code.code(), topics, statementsRead, rejected,
        articles > 0 ? " " + articles + " articles read," : "", since(started), where);
    err.flush();
    return code;
  }

  private void log(String format, Object... args) {
    progress.clear();
    log.println("ackgap: " + String.format(Locale.ROOT, format, args));
  }

  private static String since(long t0) {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9);
  }

  static {
    // Charts and the PDF are drawn off-screen; cron has no display.
    System.setProperty("java.awt.headless", "true");
  }
}
