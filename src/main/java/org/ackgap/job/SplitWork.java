package org.ackgap.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ackgap.Reject;
import org.ackgap.Statement;
import org.ackgap.Topic;
import org.ackgap.classify.Classifiers;
import org.ackgap.classify.PositionMaker;
import org.ackgap.ingest.Admission;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.IdSet;
import org.ackgap.ingest.Parsed;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.StatementParser;
import org.ackgap.job.RecordProcessor.Processed;
import org.ackgap.report.csv.CsvOut;

/**
 * The job's work on one split of the statement files, anywhere (a distributed engine's task,
 * SPEC §8): the same record processor and collector as the single JVM, built once per split,
 * writing the split's positions.csv and rejects.csv rows and its timeline ids as part files, and
 * returning its ledgers and the report's samples as a {@link SplitResult}.
 *
 * <p>A duplicate statement id needs every earlier row of every file: the engine finds the
 * duplicated ids first ({@link #idKey} of every accepted row, with its {@link #order}) and hands
 * each split the input order of each duplicated id's first row. Not thread-safe.
 */
public final class SplitWork implements AutoCloseable {

  /** Rejects a split returns besides writing them: the driver logs 20 and keeps 50. */
  public static final int FIRST_REJECTS = RejectWriter.KEPT;

  /** Rows processed at a time, as {@link StatementStream} hands them to a worker. */
  private static final int BATCH = 512;

  private final int split;
  private final boolean extracted;
  private final RecordProcessor processor;
  private final Collector collector;
  private final Map<Long, Long> firstOfDuplicate;
  private final Writer positions;
  private final Writer rejects;
  private final CsvOut.Formatter rejectRows = new CsvOut.Formatter();
  private final List<Row> rows = new ArrayList<>(BATCH);
  private final long[] orders = new long[BATCH];
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final List<Reject> firstRejects = new ArrayList<>();
  private final List<org.ackgap.score.TopicLedger> ledgers;
  private long rejected;
  private long afterAsOf;
  private boolean malformed;

  /**
   * Starts the work on split {@code split}, which holds rows of the statement files or, with
   * {@code extracted}, statements that articles yielded ({@link StageContext#hasExtracted}):
   * those come after every statement file, and one whose id an earlier row holds is left out,
   * neither counted nor rejected, as the single JVM leaves it out.
   *
   * @param catalog the run's catalog, read on the driver
   * @param asOf the run's as-of date
   * @param evaluate whether the run evaluates the classifier
   * @param split the split's place in input order
   * @param extracted whether the split holds statements that articles yielded
   * @param firstOfDuplicate per {@link #idKey} of an id that more than one accepted row holds, the
   *     {@link #order} of the first such row
   * @param positionsPart receives the split's positions.csv rows, UTF-8, no header
   * @param idsPart a local file for the split's timeline ids
   * @param rejectsPart receives the split's rejects.csv rows, UTF-8, no header
   * @param previousPairs the previous report's subject pairs (SPEC §7), sorted, or null when
   *     there is no previous report: the split's new subject-side statements are found here
   */
  public SplitWork(Catalog catalog, LocalDate asOf, boolean evaluate, int split,
      boolean extracted, Map<Long, Long> firstOfDuplicate, OutputStream positionsPart,
      Path idsPart, OutputStream rejectsPart, long[] previousPairs) throws IOException {
    this.split = split;
    this.extracted = extracted;
    Map<String, Topic> byId = new LinkedHashMap<>();
    catalog.topics().forEach(t -> byId.put(t.id(), t));
    this.processor = new RecordProcessor(new StatementParser(catalog),
        new PositionMaker(byId, catalog.sources(), Classifiers.matcher(catalog.topics()),
            Classifiers.classifier(), evaluate),
        asOf, evaluate);
    this.firstOfDuplicate = firstOfDuplicate;
    this.positions = new BufferedWriter(
        new OutputStreamWriter(positionsPart, StandardCharsets.UTF_8), 1 << 16);
    this.rejects = new BufferedWriter(
        new OutputStreamWriter(rejectsPart, StandardCharsets.UTF_8), 1 << 16);
    // the collector's own positions.csv goes nowhere: the rows go to the part as they are
    this.collector = new Collector(catalog.topics(), catalog.sources(), catalog.parameters(),
        evaluate, OutputStream.nullOutputStream(), idsPart,
        new SubjectPairs(java.util.Optional.ofNullable(previousPairs)));
    collector.startSeq((long) split << 40);
    this.ledgers = new ArrayList<>(collector.ledgers().values());
  }

  /** Returns the key by which duplicate statement ids are found: {@link IdSet}'s hash. */
  public static long idKey(String id) {
    long h = IdSet.hash(id);
    return h == 0 ? 1 : h;
  }

  /** Returns the input order of row {@code row} of split {@code split}. */
  public static long order(int split, long row) {
    return (long) split << 32 | row;
  }

  /**
   * Returns whether a row's problem means that a reader of the whole file may have cut records
   * elsewhere: an unterminated quote or a record that ran over several lines.
   */
  public static boolean cutsRecords(Row row) {
    return !row.ok() && (row.problem().startsWith("unterminated")
        || row.problem().startsWith("malformed"));
  }

  /**
   * Returns the id of the statement a row holds, or null when the row is rejected: the first pass
   * of a distributed run, which looks for duplicate ids.
   */
  public static String acceptedId(StatementParser parser, Row row) {
    return parser.parse(row) instanceof Parsed.Accepted a ? a.statement().id() : null;
  }

  /** Takes the split's next row, whose input order is {@code order}. */
  public void accept(Row row, long order) throws IOException {
    malformed |= cutsRecords(row);
    orders[rows.size()] = order;
    rows.add(row);
    if (rows.size() == BATCH) {
      flush();
    }
  }

  private void flush() throws IOException {
    List<Processed> processed = processor.process(rows);
    for (int i = 0; i < processed.size(); i++) {
      Processed p = processed.get(i);
      Row row = rows.get(i);
      String reason;
      Statement s = null;
      if (p.parsed() instanceof Parsed.Accepted a) {
        Long first = firstOfDuplicate.get(idKey(a.statement().id()));
        boolean later = first != null && first != orders[i];
        if (later && extracted) {
          continue; // an analyst's coding of this statement came in a statements file (SPEC §6)
        }
        reason = later ? Admission.duplicate(a.statement().id()) : null;
        s = a.statement();
      } else {
        reason = ((Parsed.Rejected) p.parsed()).reason();
      }
      long[] count = counts.computeIfAbsent(row.file(), f -> new long[3]);
      count[0]++;
      if (reason != null) {
        count[2]++;
        reject(new Reject(row.file(), row.line(), reason, row.raw()));
        continue;
      }
      count[1]++;
      if (p.positions() == null) {
        afterAsOf++;
      } else {
        positions.append(p.rows());
        collector.accept(s, p.positions(), "");
      }
    }
    rows.clear();
  }

  private void reject(Reject r) throws IOException {
    rejected++;
    if (firstRejects.size() < FIRST_REJECTS) {
      firstRejects.add(r);
    }
    rejectRows.row(List.of(r.file(), Long.toString(r.line()), r.reason(), r.record()));
    rejects.append(rejectRows.take());
  }

  /** Ends the split: flushes its part files and returns what it found. */
  public SplitResult finish() throws IOException {
    flush();
    positions.flush();
    rejects.flush();
    collector.close();
    return new SplitResult(split, ledgers, new SplitResult.Samples(collector.partial()), counts,
        rejected, firstRejects, afterAsOf, malformed, collector.timelineBytes());
  }

  /** Closes the part files. */
  @Override
  public void close() throws IOException {
    try {
      positions.close();
    } finally {
      rejects.close();
    }
  }
}
