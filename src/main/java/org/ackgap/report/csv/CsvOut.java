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

  private CsvOut(Appendable out) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
  }

  /**
   * Returns a writer of rows, without a header, into {@code out}: worker threads format their
   * rows of a table this way, byte for byte as {@link #row} writes them, and one thread writes
   * the text in order.
   */
  public static CsvOut rowsOnly(Appendable out) throws IOException {
    return new CsvOut(out);
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
