package org.ackgap.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.ackgap.Reject;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputFolder;
import org.ackgap.score.TopicLedger;

/**
 * What a {@link StatementStage} works with and hands its results to, on the driver: the run's
 * options, input and catalog, and the collector, rejects and counts that the job then scores and
 * renders from. Parts of the input processed apart by {@link SplitWork} are appended here in input
 * order, which makes the tables the same byte for byte as a run on one JVM.
 */
public final class StageContext {

  private final Options options;
  private final InputFolder input;
  private final Catalog catalog;
  private final ArticleInput.Statements extracted;
  private final RejectWriter rejects;
  private final Collector collector;
  private final List<FileCount> counts;
  private final Path staging;
  private final PrintStream err;

  StageContext(Options options, InputFolder input, Catalog catalog,
      ArticleInput.Statements extracted, RejectWriter rejects, Collector collector,
      List<FileCount> counts, Path staging, PrintStream err) {
    this.options = options;
    this.input = input;
    this.catalog = catalog;
    this.extracted = extracted;
    this.rejects = rejects;
    this.collector = collector;
    this.counts = counts;
    this.staging = staging;
    this.err = err;
  }

  /** Returns the run's options. */
  public Options options() {
    return options;
  }

  /** Returns the input folder: its statement files in reading order. */
  public InputFolder input() {
    return input;
  }

  /**
   * Returns the subject-side pairs of the report this run is compared with (SPEC §7), sorted, or
   * null when there is none: each part finds its new subject-side statements against them.
   */
  public long[] previousSubjectPairs() {
    return collector.subjectPairs().previous().orElse(null);
  }

  /** Returns the topics, sources and parameters read on this machine. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns whether articles were used, whose statements' rows are in the parts of {@link
   * StatementStage#readArticles}: the stage reads them back in its tasks ({@link ArticleRows},
   * from the {@linkplain ArticleRows#starts starts} of the parts, with {@link #extractedSkips}
   * and {@link #extractedReports}) after every statement file's rows, and one whose id an earlier
   * row holds is left out, not rejected: it is an analyst's coding of the extracted statement
   * (SPEC §6).
   */
  public boolean hasExtracted() {
    return extracted.articles() > 0;
  }

  /** Returns the rows of duplicate article ids, skipped on reading back. */
  public List<ArticleRows.Skip> extractedSkips() {
    return extracted.skips();
  }

  /** Returns the merge's decision, by ordinal: how many articles carried it, 0 if merged. */
  public int[] extractedReports() {
    return extracted.reports();
  }

  /** Appends rows of extracted.csv that {@link ArticleRows#extracted} gave, in order. */
  public void appendExtracted(InputStream rows) throws IOException {
    extracted.append(rows);
  }

  /** Finishes extracted.csv, and deletes the parts of the articles' statements. */
  public void finishExtracted() throws IOException {
    extracted.close();
  }

  /** Returns the folder being built, to be published whole: parts may be kept in it meanwhile. */
  public Path staging() {
    return staging;
  }

  /** Returns where the run logs. */
  public PrintStream err() {
    return err;
  }

  /** Starts counting the rows of a statement file, in reading order; returns its count. */
  public FileCount count(String file, String sha256) {
    FileCount c = new FileCount(file);
    c.sha256(sha256);
    counts.add(c);
    return c;
  }

  /**
   * Appends a part's rejects.csv rows, in input order.
   *
   * @param rows the rows as {@link SplitWork} wrote them
   * @param count how many
   * @param first the part's first {@code min(count, SplitWork.FIRST_REJECTS)} rejects
   */
  public void appendRejects(InputStream rows, long count, List<Reject> first) throws IOException {
    rejects.appendPart(rows, count, first);
  }

  /** Appends a part's positions.csv rows, in input order. */
  public void appendPositions(InputStream rows) throws IOException {
    collector.appendPositions(rows);
  }

  /** Appends a part's timeline ids, in input order, with its {@link SplitResult#timelineBytes}. */
  public void appendTimelineIds(InputStream ids, long[] bytesByTopic) throws IOException {
    collector.appendTimelineIds(ids, bytesByTopic);
  }

  /** Merges a topic's ledger of positions aggregated elsewhere into the run's. */
  public void mergeLedger(TopicLedger ledger) {
    collector.ledgers().get(ledger.topic().id()).merge(ledger);
  }

  /** Takes in the report's samples and counts kept by the parts, merged. */
  public void absorb(SplitResult.Samples samples) {
    collector.absorb(samples.partial);
  }
}
