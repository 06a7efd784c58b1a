package org.ackgap.job;

/** What a run's exit code tells cron (SPEC §5): usage errors and data errors apart. */
public enum ExitCode {
  /** Done; rows may have been rejected. */
  OK(0),
  /** An unexpected failure. */
  FAILED(1),
  /** The command line is wrong. */
  USAGE(2),
  /** The input cannot be used at all; nothing was published. */
  BAD_INPUT(3),
  /** Another run holds the output folder. */
  LOCKED(4),
  /** Done, and something changed since the previous run; only with --fail-on-change. */
  CHANGED(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** Returns the process exit code. */
  public int code() {
    return code;
  }
}
