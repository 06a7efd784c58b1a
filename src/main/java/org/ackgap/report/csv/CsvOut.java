package org.ackgap.report.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV table through Commons CSV: UTF-8, LF line ends, quoted only where needed, and
 * every cell made safe for spreadsheets.
 */
public final class CsvOut implements Closeable, Flushable {

  /** RFC 4180 with minimal quoting and LF line ends: the format of every table. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private final Writer writer;
  private final CSVPrinter printer;

  /** Starts a table on a stream, in UTF-8, and writes its header. */
  public CsvOut(OutputStream out, List<String> header) throws IOException {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.printer = new CSVPrinter(writer, FORMAT);
    row(header);
  }

  /** Writes one row; each cell is neutralised with {@link #safe(String)}. */
  public void row(List<String> cells) throws IOException {
    append(printer, cells);
  }

  /** Writes one row. */
  public void row(String... cells) throws IOException {
    row(List.of(cells));
  }

  /** Writes rows already formatted by {@link #format}, as they are. */
  public void rows(CharSequence formatted) throws IOException {
    writer.append(formatted);
  }

  /**
   * Writes rows formatted elsewhere and kept as UTF-8 bytes (a distributed run's part file), as
   * they are.
   */
  public void rows(java.io.InputStream formatted) throws IOException {
    new java.io.InputStreamReader(formatted, StandardCharsets.UTF_8).transferTo(writer);
  }

  /**
   * Formats rows as {@link #row} writes them, into text that {@link #rows} writes as it is, so
   * that worker threads can format rows that one thread then writes in order. One per thread.
   */
  public static final class Formatter {
    private final StringBuilder text = new StringBuilder(1 << 12);
    private final CSVPrinter printer;

    /** Creates a formatter with nothing formatted. */
    public Formatter() {
      try {
        printer = new CSVPrinter(text, FORMAT);
      } catch (IOException e) {
        throw new UncheckedIOException("a StringBuilder does not fail", e);
      }
    }

    /** Formats one row. */
    public void row(List<String> cells) {
      try {
        append(printer, cells);
      } catch (IOException e) {
        throw new UncheckedIOException("a StringBuilder does not fail", e);
      }
    }

    /** Returns the rows formatted since the last call, and forgets them. */
    public String take() {
      String out = text.toString();
      text.setLength(0);
      return out;
    }
  }

  private static void append(CSVPrinter printer, List<String> cells) throws IOException {
    for (String cell : cells) {
      printer.print(safe(cell));
    }
    printer.println();
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
    writer.flush();
  }

  /** Writes what is buffered and closes the stream. */
  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
