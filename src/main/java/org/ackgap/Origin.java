package org.ackgap;

/** Where a position's stance came from. */
public enum Origin {
  /** An analyst's coding in the input. */
  CODED("coded"),
  /** The stance classifier. */
  CLASSIFIED("classified");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  /** Returns the label used in output files. */
  public String label() {
    return label;
  }
}
