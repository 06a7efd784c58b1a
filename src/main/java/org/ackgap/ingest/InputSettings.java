package org.ackgap.ingest;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How the input folder's CSV files are read, from ackgap.properties: the encoding and delimiter
 * when the analyst forces them (else each file's are detected), and the share of a file's rows
 * that may be rejected before the run fails.
 *
 * @param encoding the encoding every CSV file is read with, if forced ({@code csv_encoding})
 * @param delimiter the delimiter of every CSV file, if forced ({@code csv_delimiter})
 * @param maxRejectShare a file with a larger share of its rows rejected fails the run ({@code
 *     max_reject_share}, 0 to 1)
 */
public record InputSettings(Optional<Charset> encoding, Optional<Character> delimiter,
    double maxRejectShare) {

  /** Detect encoding and delimiter per file; fail a file that loses more than 10 % of its rows. */
  public static final InputSettings DEFAULTS =
      new InputSettings(Optional.empty(), Optional.empty(), 0.10);

  public InputSettings {
    if (!(maxRejectShare >= 0 && maxRejectShare <= 1)) {
      throw new IllegalArgumentException("maxRejectShare must be in [0,1], got " + maxRejectShare);
    }
  }
}
