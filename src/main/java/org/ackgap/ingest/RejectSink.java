package org.ackgap.ingest;

import org.ackgap.Reject;

/** Receives every input row that is not used. Implementations are called from one thread. */
public interface RejectSink {

  /** Takes one rejected row. */
  void reject(Reject reject);

  /**
   * Rejects a row with a reason; the reason names the encoding of a record that was not UTF-8,
   * since rejects.csv holds the record decoded and SPEC fixes its columns.
   */
  default void reject(Row row, String reason) {
    reject(new Reject(row.file(), row.line(), row.decodedFrom() == null ? reason
        : reason + " [record decoded from " + row.decodedFrom() + "]", row.raw()));
  }
}
