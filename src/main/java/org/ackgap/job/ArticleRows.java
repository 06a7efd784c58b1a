package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.ingest.CsvSource;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.Row;

/**
 * The rows of the statements that articles yielded, read back from a run of the parts they were
 * written to ({@link ArticleWork.FileRead#rows}), wherever that is: the spill of bin/ackgap, or a
 * distributed task reading one part of its own. The rows of duplicate article ids are skipped
 * (they were written before the id was known to be taken), each row is numbered by its line among
 * the rows of the articles used, as if those were one file with a header (the line a reject
 * names), and only the statements the merge kept are returned, with their row of extracted.csv.
 */
public final class ArticleRows implements Closeable {

  /**
   * Where a run of parts starts, among the rows of all parts.
   *
   * @param row its first row, counted over every row written
   * @param ordinal its first row of an article used (the merge's ordinal)
   * @param line that row's line
   */
  public record Start(int row, int ordinal, long line) implements Serializable {
    /** The start of the first part: its rows come after the header line. */
    public static final Start FIRST = new Start(0, 0, 2);
  }

  /**
   * Rows skipped on reading back: those of an article whose id an earlier article has.
   *
   * @param from the first, counted over every row written
   * @param count how many
   * @param lines how many lines they take
   */
  public record Skip(int from, int count, int lines) implements Serializable {}

  private final StatementStage.RowParts parts;
  private final List<Skip> skips;
  private final int[] reports;
  private CsvSource reading;
  private int part;
  private int row;
  private int skip;
  private int ordinal;
  private long line;
  private List<String> extracted;

  /**
   * Reads {@code parts} from {@code start}.
   *
   * @param skips the skipped rows, in order (those before the start are passed over)
   * @param reports the merge's decision ({@link org.ackgap.extract.ReportMerger.Decision}), by
   *     ordinal
   */
  public ArticleRows(StatementStage.RowParts parts, Start start, List<Skip> skips,
      int[] reports) {
    this.parts = parts;
    this.skips = List.copyOf(skips);
    this.reports = reports;
    this.row = start.row();
    this.ordinal = start.ordinal();
    this.line = start.line();
  }

  /**
   * Returns where each part starts, from how many rows and lines each holds.
   *
   * @param rows each part's rows
   * @param lines each part's lines, without the header
   * @param skips the skipped rows, in order; none runs over two parts (an article's rows are in
   *     one part)
   */
  public static List<Start> starts(long[] rows, long[] lines, List<Skip> skips) {
    List<Start> starts = new ArrayList<>(rows.length);
    int row = 0;
    int ordinal = 0;
    long line = 2;
    int k = 0;
    for (int p = 0; p < rows.length; p++) {
      starts.add(new Start(row, ordinal, line));
      int end = row + (int) rows[p];
      int used = (int) rows[p];
      long usedLines = lines[p];
      for (; k < skips.size() && skips.get(k).from() < end; k++) {
        used -= skips.get(k).count();
        usedLines -= skips.get(k).lines();
      }
      row = end;
      ordinal += used;
      line += usedLines;
    }
    return starts;
  }

  /** Returns the next statement the merge kept, as a row of the statements table; null after. */
  public Row next() throws IOException {
    while (true) {
      if (reading == null) {
        if (part == parts.count()) {
          return null;
        }
        reading = CsvSource.open(parts.open(part++), InputFolder.ARTICLES);
      }
      Row r = reading.next();
      if (r == null) {
        reading.close();
        reading = null;
        continue;
      }
      if (skipped(row++)) {
        continue;
      }
      long at = line;
      line += CsvSource.lines(r.values());
      int o = ordinal++;
      if (reports[o] == 0) {
        continue; // a report of a statement kept from another article
      }
      extracted = List.of(r.get("statement_id"), r.get("article_id"), r.get("date"),
          r.get("source_id"), r.get("speaker"), r.get("cue"), r.getRaw("text"), r.get("url"),
          Integer.toString(reports[o]));
      return new Row(r.file(), at, r.raw(), r.problem(), r.values(), r.columns(),
          r.decodedFrom());
    }
  }

  /** Returns the row of extracted.csv of the statement {@link #next} returned last. */
  public List<String> extracted() {
    return extracted;
  }

  /** Returns whether the row written at {@code at} is a duplicate article id's. */
  private boolean skipped(int at) {
    while (skip < skips.size() && at >= skips.get(skip).from() + skips.get(skip).count()) {
      skip++;
    }
    return skip < skips.size() && at >= skips.get(skip).from();
  }

  @Override
  public void close() throws IOException {
    if (reading != null) {
      reading.close();
    }
  }
}
