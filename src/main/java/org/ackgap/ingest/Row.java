package org.ackgap.ingest;

import java.util.List;
import java.util.Map;

/**
 * One data record of an input file: its values by column name, or why it could not be read.
 *
 * @param file the file name, relative to the input folder
 * @param line the record's first physical line
 * @param raw the record as it stands in the file, decoded
 * @param problem why the record cannot be used, or null
 * @param decodedFrom the file's encoding when it is not UTF-8 (rejects.csv holds the record
 *     decoded, so its reason says from what), else null
 */
public record Row(String file, long line, String raw, String problem, List<String> values,
    Map<String, Integer> columns, String decodedFrom) {

  static Row good(String file, long line, String raw, List<String> values,
      Map<String, Integer> columns, String decodedFrom) {
    return new Row(file, line, raw, null, values, columns, decodedFrom);
  }

  static Row bad(String file, long line, String raw, String problem, String decodedFrom) {
    return new Row(file, line, raw, problem, List.of(), Map.of(), decodedFrom);
  }

  /** Returns whether the record was read into values. */
  public boolean ok() {
    return problem == null;
  }

  /** Returns the stripped value of a column, or "" when the column is absent or blank. */
  public String get(String column) {
    Integer i = columns.get(column);
    return i == null ? "" : values.get(i).strip();
  }

  /** Returns the value of a column as written, or "" when the column is absent. */
  public String getRaw(String column) {
    Integer i = columns.get(column);
    return i == null ? "" : values.get(i);
  }
}
