package org.ackgap.ingest;

import org.ackgap.Reject;

/** Receives every input row that is not used. Implementations are called from one thread. */
public interface RejectSink {

  /** Takes one rejected row. */
  void reject(Reject reject);

  /** Rejects a row with a reason. */
  default void reject(Row row, String reason) {
    reject(new Reject(row.file(), row.line(), reason, row.raw()));
  }
}
