package org.ackgap.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvAppenderTest {

  private static String printed(List<List<String>> rows) throws Exception {
    StringWriter w = new StringWriter();
    try (CsvOut csv = new CsvOut(w, List.of("h"))) {
      for (List<String> row : rows) {
        csv.row(row);
      }
    }
    return w.toString().substring("h\n".length());
  }

  private static String appended(List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    rows.forEach(row -> CsvOut.appendRow(b, row));
    return b.toString();
  }

  @Test
  void appendsRowsAsThePrinterWritesThem() throws Exception {
    List<List<String>> rows = new ArrayList<>(List.of(
        List.of("", "", ""), List.of("a", ""), List.of("", "a"), List.of("say \"no\"", "x,y"),
        List.of("#tag", "!", " lead", "trail ", "tab\t", "line\nbreak", "cr\rx"),
        List.of("=SUM(A1)", "-0.5", "-x", "@me", "+1", "Курск, 2024", "—dash")));
    SplittableRandom r = new SplittableRandom(7);
    String alphabet = "a\",\n\r #=-@+\tя'";
    for (int i = 0; i < 2000; i++) {
      List<String> row = new ArrayList<>();
      for (int c = r.nextInt(1, 5); c > 0; c--) {
        StringBuilder cell = new StringBuilder();
        for (int k = r.nextInt(6); k > 0; k--) {
          cell.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        row.add(cell.toString());
      }
      rows.add(row);
    }
    assertEquals(printed(rows), appended(rows));
  }
}
