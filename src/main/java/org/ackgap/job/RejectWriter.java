package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ackgap.Reject;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputException;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.RejectSink;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.report.csv.Tables;

/**
 * Writes rejects.csv as rows are rejected, logs the first few to stderr, keeps the first few
 * for the report's data-quality page, and counts each file's reasons so that a file that lost
 * too many rows can say why.
 */
final class RejectWriter implements RejectSink, Closeable {

  static final int LOGGED = 20;
  static final int KEPT = 50;
  /** Kinds of reason counted per file; past this a file's new kinds are not counted. */
  private static final int KINDS = 1000;
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private final CsvOut csv;
  private final PrintStream err;
  private final List<Reject> first = new ArrayList<>();
  /** Per file, rejects by {@link #kind} of reason. */
  private final Map<String, Map<String, Long>> kinds = new HashMap<>();
  private long count;

  RejectWriter(OutputStream out, PrintStream err) throws IOException {
    this.csv = new CsvOut(out, Tables.REJECTS);
    this.err = err;
  }

  @Override
  public void reject(Reject r) {
    note(r);
    Map<String, Long> byKind = kinds.computeIfAbsent(r.file(), f -> new HashMap<>());
    String kind = kind(r.reason());
    if (byKind.size() < KINDS || byKind.containsKey(kind)) {
      byKind.merge(kind, 1L, Long::sum);
    }
    try {
      csv.row(r.file(), Long.toString(r.line()), r.reason(), r.record());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts a rejected row, logs it while few were, and keeps it for the report while few are. */
  private void note(Reject r) {
    count++;
    if (count <= LOGGED) {
      err.println("ackgap: rejected " + r.file() + ":" + r.line() + ": " + r.reason());
    } else if (count == LOGGED + 1) {
      err.println("ackgap: further rejected rows are listed in rejects.csv only");
    }
    if (first.size() < KEPT) {
      first.add(r);
    }
  }

  /**
   * Appends the rejects.csv rows of a part of the input rejected elsewhere (a distributed run's
   * task), as they were formatted there, and logs and keeps the first of them as {@link #reject}
   * does.
   *
   * @param rows the part's rows, formatted as {@link #reject} formats them, UTF-8
   * @param count how many rows
   * @param firstOfThem the part's first {@code min(count, KEPT)} rejects: past them, the
   *     first rows were all logged or announced
   */
  void appendPart(java.io.InputStream rows, long count, List<Reject> firstOfThem)
      throws IOException {
    firstOfThem.forEach(this::note);
    this.count += count - firstOfThem.size();
    csv.rows(rows);
  }

  /**
   * Returns the kind of a reason: its quoted values left out and what follows its first clause
   * cut, so that "bad date '17-12-24'; expected …" and "bad date '1.2.3'; …" count as one.
   */
  static String kind(String reason) {
    String kind = QUOTED.matcher(reason).replaceAll("'…'");
    for (String end : new String[] {"; ", "': ", " ["}) {
      int at = kind.indexOf(end);
      if (at > 0) {
        kind = kind.substring(0, end.startsWith("'") ? at + 1 : at);
      }
    }
    return kind;
  }

  long count() {
    return count;
  }

  /**
   * Fails the run when a CSV file lost more than {@code maxShare} of its rows: cron sees exit 0
   * as success, so losing much of a file silently would move scores with no one told.
   *
   * @throws InputException naming each such file, its count and its three most common reasons
   */
  void checkShare(List<FileCount> counts, double maxShare) {
    List<String> failed = new ArrayList<>();
    for (FileCount f : counts) {
      if (f.format() == null || f.readRows() == 0
          || f.rejectedRows() <= maxShare * f.readRows()) {
        continue; // articles have their own files and no rows to share out
      }
      List<String> common = kinds.getOrDefault(f.file(), Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(3).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
      failed.add(String.format(Locale.ROOT, "%s: %d of %d rows rejected (%.1f %%); most common:"
          + " %s", f.file(), f.rejectedRows(), f.readRows(), 100.0 * f.rejectedRows()
          / f.readRows(), String.join("; ", common)));
    }
    if (!failed.isEmpty()) {
      throw new InputException(String.join("\n  ", failed) + String.format(Locale.ROOT,
          "\n  more than max_reject_share (%s %%) of a file's rows were rejected, so nothing is"
          + " published; correct the rows (the first %d rejected are logged above) or raise"
          + " max_reject_share in %s", new java.math.BigDecimal(maxShare * 100)
              .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
          LOGGED, InputFolder.PROPERTIES));
    }
  }

  List<Reject> first() {
    return List.copyOf(first);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
