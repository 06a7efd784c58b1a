package org.ackgap.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CSV ackgap writes is safe to open in a spreadsheet. */
class CsvOutTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
      "+1+cmd|'+1+cmd",
      "-2+3|'-2+3",
      "@SUM(A1)|'@SUM(A1)",
      "`\tTAB`|`'\tTAB`",
      "-0.5|-0.5",
      "+12|+12",
      "-3e5|-3e5",
      "2024-12-17|2024-12-17",
      "Песков|Песков",
      "a=b|a=b"})
  void neutralisesFormulaCellsButKeepsNumbers(String cell, String expected) {
    assertEquals(expected, CsvOut.safe(cell));
  }

  @org.junit.jupiter.api.Test
  void neutralisesALeadingCarriageReturn() {
    assertEquals("'\r=1", CsvOut.safe("\r=1"));
  }

  @org.junit.jupiter.api.Test
  void writesUtf8WithLfAndQuotesOnlyWhereNeeded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvOut csv = new CsvOut(out, List.of("a", "b"))) {
      csv.row("=cmd", "Курск, \"Судж\"");
    }
    assertEquals("a,b\n'=cmd,\"Курск, \"\"Судж\"\"\"\n", out.toString(StandardCharsets.UTF_8));
  }
}
