package org.ackgap.report.chart;

import java.nio.file.Path;
import java.util.List;
import org.ackgap.report.ReportData;

/** Placeholder until the chart renderer lands. */
public final class ChartFiles {
  private ChartFiles() {}

  /** Writes every chart into {@code dir}. */
  public static List<Path> writeAll(ReportData data, Path dir) {
    return List.of();
  }
}
