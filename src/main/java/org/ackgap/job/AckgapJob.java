package org.ackgap.job;

import java.io.BufferedOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
import org.ackgap.Position;
import org.ackgap.Statement;
import org.ackgap.TimelinePoint;
import org.ackgap.Topic;
import org.ackgap.TopicScore;
import org.ackgap.classify.Classifiers;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputException;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.StatementReader;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.DateSpan;
import org.ackgap.report.ReportData.InputCount;
import org.ackgap.report.chart.ChartFiles;
import org.ackgap.report.chart.ReportFonts;
import org.ackgap.report.csv.Tables;
import org.ackgap.report.pdf.PdfFonts;
import org.ackgap.report.pdf.PdfReport;
import org.ackgap.score.Numbers;
import org.ackgap.score.TopicLedger;

/**
 * The batch job, top to bottom: lock the output folder, read topics and sources, stream the
 * statements through matching and classification on every core, score each topic as of the date,
 * write the tables, charts, PDF and manifest into a staging folder, and publish it whole.
 *
 * <p>It returns an exit code instead of exiting, so tests can run it in-process.
 */
public final class AckgapJob {

  /** Exit code: done; rows may have been rejected. */
  public static final int OK = 0;
  /** Exit code: an unexpected failure. */
  public static final int FAILED = 1;
  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;
  /** Exit code: the input cannot be used at all. */
  public static final int BAD_INPUT = 3;
  /** Exit code: another run holds the output folder. */
  public static final int LOCKED = 4;

  private static final int BATCH = 256;
  /** Where the streaming phase spent CPU time, for the log. */
  private String streamCpu = "";
  /**
   * Bytes of a statement file a worker cuts at once: about 350 statements of 360 bytes. Chunks in
   * flight are what a young collection has to copy, so they are kept small and few: at 512 KB and
   * three a thread the survivors overflowed and pauses took 4.5 s of a 25 s run; at 128 KB and
   * two a thread, 1.2 s.
   */
  static final int CHUNK = 1 << 17;
  /** Chunks in flight per classifying thread. */
  private static final int DEPTH = 2;

  private final Options options;
  private final PrintStream err;
  private final long started = System.nanoTime();
  private final Instant startedAt = Instant.now();
  private final Progress progress;
  private int topics;
  private long statementsRead;
  private long rejected;

  /** Creates a run of the job that logs to {@code err}. */
  public AckgapJob(Options options, PrintStream err) {
    this.options = options;
    this.err = err;
    this.progress = new Progress(err, options.progress());
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
  public int run() {
    OutputFolder folder;
    try {
      folder = OutputFolder.lock(options.output());
    } catch (OutputFolder.LockedException e) {
      err.println("ackgap: " + e.getMessage() + "; exiting without touching it");
      return summary(LOCKED, null);
    } catch (IOException | RuntimeException e) {
      err.println("ackgap: cannot use output folder " + options.output() + ": " + e);
      return summary(FAILED, null);
    }
    Path staging = null;
    try (folder) {
      folder.recover();
      staging = folder.stage(options.asOf().toString());
      build(staging);
      Path published = folder.publish(staging, options.asOf().toString());
      staging = null;
      return summary(OK, published);
    } catch (InputException e) {
      err.println("ackgap: input unusable: " + e.getMessage());
      return summary(BAD_INPUT, null);
    } catch (IOException | RuntimeException | InterruptedException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof InputException ie) {
        err.println("ackgap: input unusable: " + ie.getMessage());
        return summary(BAD_INPUT, null);
      }
      err.println("ackgap: failed: " + cause);
      return summary(FAILED, null);
    } finally {
      if (staging != null) {
        folder.discard(staging);
      }
    }
  }

  private void build(Path staging) throws IOException, InterruptedException, ExecutionException {
    long t0 = System.nanoTime();
    InputFolder input = InputFolder.open(options.input());
    List<FileCount> counts = new ArrayList<>();
    Collector collector;
    Catalog catalog;
    long afterAsOf = 0;
    try (RejectWriter rejects = new RejectWriter(out(staging, "rejects.csv"), err)) {
      catalog = input.readCatalog(rejects, counts);
      topics = catalog.topics().size();
      StatementReader reader = new StatementReader(input, catalog, rejects, counts, CHUNK);
      reader.checkHeaders();
      log("read %d topics and %d sources in %s", topics, catalog.sources().size(), since(t0));
      t0 = System.nanoTime();
      Map<String, Topic> byId = new LinkedHashMap<>();
      catalog.topics().forEach(t -> byId.put(t.id(), t));
      // the report's fonts parsed while the statements stream: a few hundred ms of one core
      // that rendering would otherwise wait for at the end
      PdfFonts fonts = new PdfFonts();
      Thread ahead = new Thread(() -> {
        fonts.parseAhead();
        for (ReportFonts.Face face : ReportFonts.Face.values()) {
          ReportFonts.awt(face, 10f);
        }
      }, "ackgap-fonts");
      ahead.setDaemon(true);
      ahead.start();
      PositionMaker maker = new PositionMaker(byId, catalog.sources(),
          Classifiers.matcher(catalog.topics()), Classifiers.classifier(), options.evaluate());
      try (reader;
          Collector c = new Collector(catalog.topics(), catalog.sources(), catalog.parameters(),
              options.evaluate(), out(staging, "positions.csv"),
              staging.resolve("timeline-ids.tmp"))) {
        collector = c;
        afterAsOf = stream(reader, maker, c);
      }
      // positions.csv is by far the largest file: on its way to disk while the rest is made,
      // so that publishing, which forces every file, finds it there
      Thread sync = new Thread(() -> {
        try {
          OutputFolder.force(staging.resolve("positions.csv"));
        } catch (IOException e) {
          // publishing forces it again, and fails then
        }
      }, "ackgap-sync");
      sync.setDaemon(true);
      sync.start();
      statementsRead = counts.stream()
          .filter(f -> input.statementFiles().contains(f.file()))
          .mapToLong(FileCount::readRows).sum();
      rejected = rejects.count();
      progress.clear();
      for (FileCount f : counts) {
        log("%s: %d read, %d used, %d rejected", f.file(), f.readRows(), f.usedRows(),
            f.rejectedRows());
      }
      log("classified %d statements into %d positions (%d rejected, %d after %s) in %s"
          + " (CPU: %s)", statementsRead, collector.pairs(), rejected, afterAsOf, options.asOf(),
          since(t0), streamCpu);
      t0 = System.nanoTime();
      Scored scored = score(catalog, collector, counts, input, rejects);
      ReportData data = scored.data();
      log("scored %d topics in %s", topics, since(t0));
      t0 = System.nanoTime();
      Rendered r = render(data, staging, fonts, () -> writeTables(staging, scored, collector));
      log("rendered %d charts and report.pdf, and wrote the tables, in %s (report.pdf %.2f s,"
          + " the tables %.2f s)", r.charts().size(), since(t0), r.pdfNanos() / 1e9,
          r.tablesNanos() / 1e9);
      Manifest.write(out(staging, "manifest.json"), new Manifest(version(), options, startedAt,
          Duration.ofNanos(System.nanoTime() - started), catalog.parameters(), data.inputs(),
          afterAsOf, collector.pairs(), topics));
      sync.join();
    }
  }

  /** Something the main thread writes while the report is drawn. */
  @FunctionalInterface
  private interface Writing {
    void write() throws IOException;
  }

  /**
   * Writes report.pdf, the PNG charts and (through {@code tables}) the CSV tables. With more than
   * one thread the PDF, the longest part, starts at once on a thread of its own and then helps
   * with the charts; the main thread writes the tables, then draws charts.
   */
  private Rendered render(ReportData data, Path staging, PdfFonts fonts, Writing tables)
      throws IOException, InterruptedException, ExecutionException {
    ChartFiles.Batch charts = ChartFiles.batch(data, staging);
    if (options.threads() == 1) {
      long tablesNanos = timed(tables);
      charts.drawAll();
      long pdfNanos = timed(() -> writePdf(data, staging, fonts));
      return new Rendered(charts.files(), pdfNanos, tablesNanos);
    }
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "ackgap-pdf");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Long> pdf = pool.submit(() -> {
        long pdfNanos = timed(() -> writePdf(data, staging, fonts));
        charts.drawAll();
        return pdfNanos;
      });
      long tablesNanos = timed(tables);
      charts.drawAll();
      return new Rendered(charts.files(), pdf.get(), tablesNanos);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The charts written, and how long report.pdf and the tables took, in nanoseconds. */
  private record Rendered(List<Path> charts, long pdfNanos, long tablesNanos) {}

  /** Returns how many nanoseconds {@code w} took. */
  private static long timed(Writing w) throws IOException {
    long t = System.nanoTime();
    w.write();
    return System.nanoTime() - t;
  }

  private static void writePdf(ReportData data, Path staging, PdfFonts fonts) throws IOException {
    try (OutputStream pdf = out(staging, "report.pdf")) {
      PdfReport.write(data, pdf, fonts);
    }
  }

  /**
   * Reads, classifies and collects every statement; returns how many were after the as-of.
   *
   * <p>The main thread only reads bytes and collects: workers cut each chunk of a file into
   * records, read their fields, check them, match, classify and format their positions.csv rows.
   * The checks that depend on earlier rows (a duplicate id) and every write happen on the main
   * thread in input order, so the output is the same byte for byte whatever the number of
   * threads. A chunk whose last record runs on into the next is joined to it; a chunk holding
   * what only the record reader reads right (a stray quote, a lone carriage return) sends the
   * rest of its file to the record reader, in runs of records.
   */
  private long stream(StatementReader reader, PositionMaker maker, Collector collector)
      throws IOException, InterruptedException, ExecutionException {
    List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = options.threads() > 1
        ? Executors.newFixedThreadPool(options.threads(), r -> {
          Thread t = new Thread(r, "ackgap-classify");
          t.setDaemon(true);
          workers.add(t);
          return t;
        })
        : null;
    Deque<Batch> inflight = new ArrayDeque<>();
    long[] afterAsOf = {0};
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long mainCpu = cpu.getCurrentThreadCpuTime();
    try {
      while (true) {
        StatementReader.Unit unit = reader.nextUnit(BATCH);
        if (unit != null) {
          inflight.add(submit(pool, reader, maker, unit));
          while (inflight.size() > DEPTH * options.threads()) {
            drain(inflight, reader, maker, collector, afterAsOf);
          }
        } else if (!inflight.isEmpty()) {
          // settle the file before the next: a settled chunk may send it back to the reader
          while (!inflight.isEmpty()) {
            drain(inflight, reader, maker, collector, afterAsOf);
          }
        } else if (!reader.nextFile()) {
          break;
        }
      }
      long workerCpu = 0;
      for (Thread t : workers) {
        workerCpu += Math.max(0, cpu.getThreadCpuTime(t.getId()));
      }
      streamCpu = String.format(Locale.ROOT, "reading and collecting %.2f s, workers %.2f s",
          (cpu.getCurrentThreadCpuTime() - mainCpu) / 1e9, workerCpu / 1e9);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return afterAsOf[0];
  }

  private Batch submit(ExecutorService pool, StatementReader reader, PositionMaker maker,
      StatementReader.Unit unit) {
    if (pool == null) {
      return new Batch(unit, null, process(reader, maker, unit));
    }
    return new Batch(unit, pool.submit(() -> process(reader, maker, unit)), null);
  }

  /** A worker's part: cut, parse, check, match, classify and format one unit. */
  private Done process(StatementReader reader, PositionMaker maker, StatementReader.Unit unit) {
    StatementReader.Parsing parsing = reader.parse(unit);
    List<Item> out = new ArrayList<>(parsing.parsed().size());
    Collector.Rows rows = new Collector.Rows(options.evaluate());
    for (StatementReader.Parsed parsed : parsing.parsed()) {
      Statement s = parsed.statement();
      if (s == null || s.date().isAfter(options.asOf())) {
        out.add(new Item(parsed, null, 0));
      } else {
        List<Position> positions = maker.positions(s);
        out.add(new Item(parsed, positions, rows.append(positions)));
      }
    }
    return new Done(parsing, out, rows.bytes());
  }

  /** Collects the oldest unit in flight, settling where its chunk's cutting stopped. */
  private void drain(Deque<Batch> inflight, StatementReader reader, PositionMaker maker,
      Collector collector, long[] afterAsOf)
      throws IOException, InterruptedException, ExecutionException {
    Batch b = inflight.poll();
    Done done = b.future() == null ? b.done() : b.future().get();
    reader.settle(b.unit(), done, inflight, Batch::unit, BATCH, new StatementReader.Settler<>() {
      @Override
      public StatementReader.Parsing parsing(Done d) {
        return d.parsing();
      }

      @Override
      public void take(Done d) throws IOException {
        int from = 0;
        for (Item item : d.items()) {
          Statement s = reader.accept(item.parsed());
          int to = item.positions() == null ? from : item.rowsEnd();
          if (s != null) {
            if (item.positions() == null) {
              afterAsOf[0]++;
            } else {
              collector.accept(s, item.positions(), d.rows(), from, to);
            }
          }
          // a statement rejected here (a duplicate id) drops its rows with it
          from = to;
        }
        progress.advance(d.items().size());
      }

      @Override
      public Done redo(StatementReader.Unit joined) {
        return process(reader, maker, joined);
      }
    });
  }

  /** A record's statement, its positions and where their rows end in the batch's rows. */
  private record Item(StatementReader.Parsed parsed, List<Position> positions, int rowsEnd) {}

  private record Done(StatementReader.Parsing parsing, List<Item> items, byte[] rows) {}

  private record Batch(StatementReader.Unit unit, Future<Done> future, Done done) {}

  /** A run's scores, its timeline points in topic and date order, and the report's data. */
  private record Scored(ReportData data, List<TopicScore> scores, List<TimelinePoint> points) {}

  private Scored score(Catalog catalog, Collector collector, List<FileCount> counts,
      InputFolder input, RejectWriter rejects) throws IOException {
    LocalDate asOf = options.asOf();
    List<TopicScore> scores = new ArrayList<>();
    List<TimelinePoint> points = new ArrayList<>();
    Map<String, List<TimelinePoint>> timelines = new LinkedHashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (TopicLedger ledger : collector.ledgers().values()) {
      scores.add(ledger.score(asOf));
      List<TimelinePoint> timeline = ledger.timeline(asOf);
      timelines.put(ledger.topic().id(), timeline);
      points.addAll(timeline);
      if (!timeline.isEmpty()) {
        LocalDate a = timeline.get(0).date();
        LocalDate b = timeline.get(timeline.size() - 1).date();
        first = first == null || a.isBefore(first) ? a : first;
        last = last == null || b.isAfter(last) ? b : last;
      }
    }
    // By the gap as printed, so that rows showing the same gap_score fall back to topic_id.
    scores.sort(Comparator.comparing((TopicScore s) -> new BigDecimal(
        Numbers.format(s.gapScore(), 1))).reversed().thenComparing(s -> s.topic().id()));
    List<InputCount> inputs = new ArrayList<>();
    for (FileCount c : counts) {
      inputs.add(new InputCount(c.file(), c.sha256(), c.readRows(), c.usedRows(),
          c.rejectedRows()));
    }
    Path properties = input.dir().resolve(InputFolder.PROPERTIES);
    if (Files.isRegularFile(properties)) {
      inputs.add(new InputCount(InputFolder.PROPERTIES, Manifest.sha256(properties), 0, 0, 0));
    }
    ReportData data = new ReportData(asOf, version(), catalog.parameters(), catalog.topics(),
        catalog.sources(), scores, timelines, collector.reportRows(), collector.omitted(),
        collector.matrix(),
        first == null ? Optional.empty() : Optional.of(new DateSpan(first, last)), inputs,
        rejects.first());
    return new Scored(data, scores, points);
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

  private static OutputStream out(Path dir, String name) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
  }

  private int summary(int code, Path published) {
    progress.clear();
    String where = published == null ? "nothing published" : published.toString();
    err.printf(Locale.ROOT, "ackgap: %s: %d topics, %d statements read, %d rejected, %s, %s%n",
        code == OK ? "done" : "exit " + code, topics, statementsRead, rejected, since(started),
        where);
    err.flush();
    return code;
  }

  private void log(String format, Object... args) {
    progress.clear();
    err.println("ackgap: " + String.format(Locale.ROOT, format, args));
  }

  private static String since(long t0) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    return String.format(Locale.ROOT, "%.2f s", seconds);
  }

  static {
    // Charts and the PDF are drawn off-screen; cron has no display.
    System.setProperty("java.awt.headless", "true");
  }
}
