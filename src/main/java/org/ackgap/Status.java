package org.ackgap;

/** Where a topic stands as of the scoring date (SPEC §3). */
public enum Status {
  ACKNOWLEDGED, UNCONFIRMED, DENIED, EVASIVE, SILENT
}
