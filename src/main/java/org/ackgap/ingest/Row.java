package org.ackgap.ingest;

import java.util.List;
import java.util.Map;

/**
 * One data record of an input file: its values by column name, or why it could not be read.
 *
 * @param file the file name, relative to the input folder
 * @param line the record's first physical line
 * @param raw the record as it stands in the file
 * @param problem why the record cannot be used, or null
 */
public record Row(String file, long line, String raw, String problem, List<String> values,
    Map<String, Integer> columns) {

  static Row good(String file, long line, String raw, List<String> values,
      Map<String, Integer> columns) {
    return new Row(file, line, raw, null, values, columns);
  }

  static Row bad(String file, long line, String raw, String problem) {
    return new Row(file, line, raw, problem, List.of(), Map.of());
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
