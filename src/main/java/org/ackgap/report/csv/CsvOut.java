package org.ackgap.report.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV table: UTF-8, LF line ends, quoted only where needed, and every cell made safe
 * for spreadsheets.
 */
public final class CsvOut implements Closeable, Flushable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private final CSVPrinter printer;

  /** Starts a table on a writer and writes its header. */
  public CsvOut(Writer writer, List<String> header) throws IOException {
    this.printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord(header);
  }

  /** Starts a table on a stream, in UTF-8, and writes its header. */
  public CsvOut(OutputStream out, List<String> header) throws IOException {
    this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), header);
  }

  /** Writes one row; each cell is neutralised with {@link #safe(String)}. */
  public void row(List<String> cells) throws IOException {
    for (String cell : cells) {
      printer.print(safe(cell));
    }
    printer.println();
  }

  /**
   * Appends one row to {@code out} exactly as {@link #row(List)} writes it (cells neutralised,
   * quoted only where Commons CSV's minimal quoting quotes, LF at the end), without a printer:
   * worker threads format their rows this way and one thread writes them in order.
   */
  public static void appendRow(StringBuilder out, List<String> cells) {
    boolean first = true;
    for (String raw : cells) {
      String cell = safe(raw);
      if (!first) {
        out.append(',');
      }
      if (needsQuotes(cell, first)) {
        out.append('"');
        int from = 0;
        for (int i = cell.indexOf('"'); i >= 0; i = cell.indexOf('"', from)) {
          out.append(cell, from, i + 1).append('"');
          from = i + 1;
        }
        out.append(cell, from, cell.length()).append('"');
      } else {
        out.append(cell);
      }
      first = false;
    }
    out.append('\n');
  }

  /** Commons CSV's {@code QuoteMode.MINIMAL} rule for RFC 4180. */
  private static boolean needsQuotes(String cell, boolean first) {
    int n = cell.length();
    if (n == 0) {
      return first; // a lone empty first cell would read as an empty line
    }
    if (cell.charAt(0) <= '#') {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || c == ',') {
        return true;
      }
    }
    return cell.charAt(n - 1) <= ' ';
  }

  /** Writes one row. */
  public void row(String... cells) throws IOException {
    row(List.of(cells));
  }

  /**
   * Returns a cell a spreadsheet will show as text: a cell that begins with {@code =}, {@code +},
   * {@code -}, {@code @}, tab or carriage return gets a leading apostrophe (OWASP's CSV-injection
   * advice), unless it is a plain number such as {@code -0.5}.
   */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (risky && !NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
