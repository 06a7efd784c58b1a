package org.ackgap.ingest;

import org.ackgap.Statement;

/**
 * What one input row becomes: a statement, or a reject with the reason. The check that needs
 * every earlier row (a duplicate id) comes later, in input order.
 */
public sealed interface Parsed {

  /** Returns the row it was read from. */
  Row row();

  /** A row that holds a usable statement. */
  record Accepted(Row row, Statement statement) implements Parsed {}

  /** A row that cannot be used, and why. */
  record Rejected(Row row, String reason) implements Parsed {}
}
