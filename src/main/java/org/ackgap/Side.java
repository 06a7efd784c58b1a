package org.ackgap;

/** Which side of a topic a statement stands on. */
public enum Side {
  /** The state's own voices of one of the topic's subjects. */
  SUBJECT("subject"),
  /** Everybody else, including a subject country's independent media. */
  THIRD_PARTY("third-party");

  private final String label;

  Side(String label) {
    this.label = label;
  }

  /** Returns the label used in output files. */
  public String label() {
    return label;
  }
}
