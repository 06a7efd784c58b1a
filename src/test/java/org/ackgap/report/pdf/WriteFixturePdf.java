package org.ackgap.report.pdf;

import java.nio.file.Path;
import org.ackgap.report.ReportFixtures;

/** Writes a fixture's report, to look at while working on the layout. */
public class WriteFixturePdf {
  public static void main(String[] args) throws Exception {
    var data = switch (args[0]) {
      case "rtl" -> ReportFixtures.rightToLeft();
      case "sample" -> ReportFixtures.sample();
      default -> ReportFixtures.many(Integer.parseInt(args[0]));
    };
    PdfReport.write(data, Path.of(args[1]));
    org.ackgap.report.chart.ChartFiles.writeAll(data, Path.of(args[1]).getParent().resolve(args[0] + "-charts"));
  }
}
