package org.ackgap.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvAppenderTest {

  /** The rows as Commons CSV prints them (minimal quoting, RFC 4180, LF), cells made safe. */
  private static String printed(List<List<String>> rows) throws Exception {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w,
        CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      for (List<String> row : rows) {
        for (String cell : row) {
          p.print(CsvOut.safe(cell));
        }
        p.println();
      }
    }
    return w.toString();
  }

  /** The rows formatted as workers format them, written through a table, header cut. */
  private static String formatted(List<List<String>> rows) throws Exception {
    CsvOut.Formatter f = new CsvOut.Formatter();
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      f.row(row);
      if (row.size() == 2) {
        b.append(f.take()); // taking text in pieces changes nothing
      }
    }
    b.append(f.take());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (CsvOut csv = new CsvOut(out, List.of("h"))) {
      csv.rows(b);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).substring("h\n".length());
  }

  /** The rows as a table written to a stream, header cut, in UTF-8 (a lone surrogate as ?). */
  private static String written(List<List<String>> rows) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (CsvOut csv = new CsvOut(out, List.of("h"))) {
      for (List<String> row : rows) {
        csv.row(row);
      }
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).substring("h\n".length());
  }

  @Test
  void formatsRowsAsThePrinterWritesThem() throws Exception {
    List<List<String>> rows = new ArrayList<>(List.of(
        List.of("", "", ""), List.of("a", ""), List.of("", "a"), List.of("say \"no\"", "x,y"),
        List.of("#tag", "!", " lead", "trail ", "tab\t", "line\nbreak", "cr\rx"),
        List.of("=SUM(A1)", "-0.5", "-x", "@me", "+1", "Курск, 2024", "—dash")));
    SplittableRandom r = new SplittableRandom(7);
    String alphabet = "a\",\n\r #=-@+\tя'\uD83D\uDE00\uD800€";
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
    // what OutputStreamWriter's UTF-8 would have written, a lone surrogate as ?
    String viaUtf8 = new String(printed(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(viaUtf8, written(rows));
    assertEquals(viaUtf8, formatted(rows));
  }
}
