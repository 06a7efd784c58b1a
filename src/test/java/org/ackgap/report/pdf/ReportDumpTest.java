package org.ackgap.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ackgap.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the fixtures' PDFs to {@code -Dackgap.dump=DIR} so a person can look at every page. */
@EnabledIfSystemProperty(named = "ackgap.dump", matches = ".+")
class ReportDumpTest {

  @Test
  void dumpsSampleAndFortyTopicReports() throws IOException {
    Path dir = Files.createDirectories(Path.of(System.getProperty("ackgap.dump")));
    PdfReport.write(ReportFixtures.sample(), dir.resolve("sample.pdf"));
    PdfReport.write(ReportFixtures.many(40), dir.resolve("many.pdf"));
    PdfReport.write(ReportFixtures.withMissingGlyphs(), dir.resolve("glyphs.pdf"));
  }
}
