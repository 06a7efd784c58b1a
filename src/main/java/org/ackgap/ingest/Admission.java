package org.ackgap.ingest;

import org.ackgap.Statement;

/**
 * Admits parsed rows in input order: counts each against its file, rejects a statement id seen
 * before (the first row with it is kept), and sends every rejected row to the sink. Not
 * thread-safe: the collecting thread calls it, row by row, in input order.
 */
public final class Admission {

  private final IdSet seen = new IdSet();
  private final RejectSink sink;

  /** Admits rows into a run whose rejects go to {@code sink}. */
  public Admission(RejectSink sink) {
    this.sink = sink;
  }

  /** Returns whether a statement with this id was admitted. */
  public boolean admitted(String id) {
    return seen.contains(id);
  }

  /** Returns why a row whose statement id came before is rejected. */
  public static String duplicate(String id) {
    return "duplicate statement_id '" + id + "'; the first row with it is kept";
  }

  /** Returns the row's statement, or null when the row is rejected (then it went to the sink). */
  public Statement admit(Parsed parsed, FileCount count) {
    count.read();
    String reason;
    if (parsed instanceof Parsed.Accepted a) {
      if (seen.add(a.statement().id())) {
        count.used();
        return a.statement();
      }
      reason = duplicate(a.statement().id());
    } else {
      reason = ((Parsed.Rejected) parsed).reason();
    }
    count.rejected();
    sink.reject(parsed.row(), reason);
    return null;
  }
}
