package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.Reject;
import org.ackgap.ingest.RejectSink;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.report.csv.Tables;

/**
 * Writes rejects.csv as rows are rejected, logs the first few to stderr and keeps the first few
 * for the report's data-quality page.
 */
final class RejectWriter implements RejectSink, Closeable {

  static final int LOGGED = 20;
  static final int KEPT = 50;

  private final CsvOut csv;
  private final PrintStream err;
  private final List<Reject> first = new ArrayList<>();
  private long count;

  RejectWriter(OutputStream out, PrintStream err) throws IOException {
    this.csv = new CsvOut(out, Tables.REJECTS);
    this.err = err;
  }

  @Override
  public void reject(Reject r) {
    count++;
    if (count <= LOGGED) {
      err.println("ackgap: rejected " + r.file() + ":" + r.line() + ": " + r.reason());
    } else if (count == LOGGED + 1) {
      err.println("ackgap: further rejected rows are listed in rejects.csv only");
    }
    if (first.size() < KEPT) {
      first.add(r);
    }
    try {
      csv.row(r.file(), Long.toString(r.line()), r.reason(), r.record());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    for (Reject r : firstOfThem) {
      long n = ++this.count;
      if (n <= LOGGED) {
        err.println("ackgap: rejected " + r.file() + ":" + r.line() + ": " + r.reason());
      } else if (n == LOGGED + 1) {
        err.println("ackgap: further rejected rows are listed in rejects.csv only");
      }
      if (first.size() < KEPT) {
        first.add(r);
      }
    }
    this.count += count - firstOfThem.size();
    java.io.Reader in = new java.io.InputStreamReader(rows, java.nio.charset.StandardCharsets.UTF_8);
    char[] b = new char[1 << 16];
    for (int got = in.read(b); got >= 0; got = in.read(b)) {
      csv.rows(java.nio.CharBuffer.wrap(b, 0, got));
    }
  }

  long count() {
    return count;
  }

  List<Reject> first() {
    return List.copyOf(first);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
