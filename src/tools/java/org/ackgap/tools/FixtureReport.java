package org.ackgap.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.ackgap.report.chart.ChartFiles;
import org.ackgap.report.pdf.PdfReport;

/**
 * Writes the report and charts of a test fixture, to look at every kind of page while working
 * on the layout: {@code sample}, {@code rtl} (Persian, Arabic and Hebrew) or a number of
 * generated topics. Render with {@code pdftoppm -r 60 -png DIR/report.pdf /tmp/page}.
 *
 * <p>Usage: {@code java -cp "$(scripts/tools-classpath)" org.ackgap.tools.FixtureReport
 * sample|rtl|N DIR}
 */
public final class FixtureReport {

  private FixtureReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: FixtureReport sample|rtl|N DIR");
      System.exit(2);
    }
    ReportData data = switch (args[0]) {
      case "sample" -> ReportFixtures.sample();
      case "rtl" -> ReportFixtures.rightToLeft();
      default -> ReportFixtures.many(Integer.parseInt(args[0]));
    };
    Path dir = Files.createDirectories(Path.of(args[1]));
    PdfReport.write(data, dir.resolve("report.pdf"));
    ChartFiles.writeAll(data, dir);
  }
}
