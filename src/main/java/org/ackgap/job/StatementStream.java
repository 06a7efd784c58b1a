package org.ackgap.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ackgap.Statement;
import org.ackgap.ingest.Admission;
import org.ackgap.ingest.CsvSource;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.Parsed;
import org.ackgap.ingest.Row;
import org.ackgap.job.RecordProcessor.Processed;

/**
 * The streaming stage of the job: statement files read on one thread, their rows processed on
 * every core, and collected in input order on the calling thread.
 */
final class StatementStream {

  /** Rows a worker processes at a time: enough to pay for the hand-over, few enough to stream. */
  private static final int BATCH = 512;
  /** Batches in flight per thread: one being processed, one waiting. */
  private static final int DEPTH = 2;

  private StatementStream() {}

  /**
   * Reads every statement file in order, processes its rows in batches on {@code
   * threads} threads, and collects them in input order: the output is the same byte
   * for byte whatever the number of threads. Reading (a thread of its own), processing (the
   * pool) and collecting (this thread) overlap; at most {@code DEPTH} batches a thread are in
   * flight, so memory does not grow with the input. Returns how many statements were after the
   * as-of.
   */
  static long run(InputFolder input, ArticleInput.Statements extracted,
      RecordProcessor processor, Admission admission, Collector collector,
      List<FileCount> counts, int threads, Progress progress)
      throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, AckgapJob.daemon("ackgap-classify"));
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH * threads);
    ExecutorService reader = Executors.newSingleThreadExecutor(AckgapJob.daemon("ackgap-read"));
    Future<?> reading = reader.submit(() -> {
      try {
        for (String name : input.statementFiles()) {
          FileCount count = new FileCount(name);
          counts.add(count);
          try (CsvSource csv = input.csv(name)) {
            count.format(csv.format());
            feed(csv::next, count, false, processor, pool, queue);
            count.sha256(csv.sha256());
          }
        }
        // after every statements file: a row there with an extracted statement's id replaces it
        try (extracted) {
          feed(extracted::next, new FileCount(InputFolder.ARTICLES), true, processor, pool,
              queue);
        }
      } finally {
        queue.put(Batch.END);
      }
      return null;
    });
    long afterAsOf = 0;
    try {
      for (Batch b = queue.take(); b != Batch.END; b = queue.take()) {
        afterAsOf += collect(b, admission, collector, progress);
      }
      reading.get(); // a reading failure ends the run here, with its cause
    } finally {
      reader.shutdownNow();
      pool.shutdownNow();
    }
    progress.clear();
    return afterAsOf;
  }

  /** The rows of one source, one at a time; null after the last. */
  @FunctionalInterface
  private interface Rows {
    Row next() throws IOException;
  }

  /** Hands the rows of one source to the pool in batches, queued in input order. */
  private static void feed(Rows source, FileCount count, boolean extracted,
      RecordProcessor processor, ExecutorService pool, BlockingQueue<Batch> queue)
      throws IOException, InterruptedException {
    List<Row> rows = new ArrayList<>(BATCH);
    for (Row row = source.next(); ; row = source.next()) {
      if (row != null) {
        rows.add(row);
      }
      if (rows.size() == BATCH || row == null && !rows.isEmpty()) {
        List<Row> batch = rows;
        queue.put(new Batch(count, pool.submit(() -> processor.process(batch)), extracted));
        rows = new ArrayList<>(BATCH);
      }
      if (row == null) {
        return;
      }
    }
  }

  /**
   * A batch of one file's rows, processed or being processed; the statements of articles are
   * replaced by statements.csv rows with their ids.
   */
  private record Batch(FileCount count, Future<List<Processed>> processed, boolean extracted) {
    /** Follows the last batch. */
    static final Batch END = new Batch(null, null, false);
  }

  /** Takes a processed batch in input order; returns how many statements were after the as-of. */
  private static long collect(Batch batch, Admission admission, Collector collector,
      Progress progress) throws IOException, InterruptedException, ExecutionException {
    long afterAsOf = 0;
    List<Processed> processed = batch.processed().get();
    for (Processed p : processed) {
      if (batch.extracted() && p.parsed() instanceof Parsed.Accepted a
          && admission.admitted(a.statement().id())) {
        continue; // an analyst's coding of this statement came in statements.csv
      }
      Statement s = admission.admit(p.parsed(), batch.count());
      if (s != null && p.positions() == null) {
        afterAsOf++;
      } else if (s != null) {
        // a statement rejected here (a duplicate id) drops its rows with it
        collector.accept(s, p.positions(), p.rows());
      }
    }
    progress.advance(processed.size());
    return afterAsOf;
  }
}
