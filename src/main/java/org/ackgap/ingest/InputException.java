package org.ackgap.ingest;

/** The input cannot be used at all: a file or column is missing, or an id repeats (exit 3). */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the file, line and what was expected. */
  public InputException(String message) {
    super(message);
  }
}
