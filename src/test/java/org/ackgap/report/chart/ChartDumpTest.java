package org.ackgap.report.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.ackgap.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the fixtures' charts to {@code -Dackgap.dump=DIR} so a person can look at them. */
@EnabledIfSystemProperty(named = "ackgap.dump", matches = ".+")
class ChartDumpTest {

  @Test
  void dumpsChartsOfSampleAndFortyTopics() throws IOException {
    Path dir = Path.of(System.getProperty("ackgap.dump"));
    ChartFiles.writeAll(ReportFixtures.sample(), dir.resolve("sample-charts"));
    ChartFiles.writeAll(ReportFixtures.many(40), dir.resolve("many-charts"));
  }
}
