package org.ackgap.report.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one CSV table: UTF-8, LF line ends, quoted only where needed (as Commons CSV's minimal
 * quoting for RFC 4180 does), and every cell made safe for spreadsheets.
 */
public final class CsvOut implements Closeable, Flushable {

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private final OutputStream out;
  /** Rows encoded here, written to {@link #out} when full. */
  private byte[] bytes = new byte[1 << 16];
  private int size;

  /** Starts a table on a stream, in UTF-8, and writes its header. */
  public CsvOut(OutputStream out, List<String> header) throws IOException {
    this.out = out;
    row(header);
  }

  /** Writes one row; each cell is neutralised with {@link #safe(String)}. */
  public void row(List<String> cells) throws IOException {
    int need = maxRowBytes(cells);
    if (bytes.length - size < need) {
      drain();
      if (bytes.length < need) {
        bytes = new byte[need];
      }
    }
    size = appendRow(cells, bytes, size);
  }

  private void drain() throws IOException {
    out.write(bytes, 0, size);
    size = 0;
  }

  /** The most bytes {@link #appendRow(List, byte[], int)} writes for these cells. */
  public static int maxRowBytes(List<String> cells) {
    int n = 1;
    for (String cell : cells) {
      // a comma, two quotes, an apostrophe, and every char doubled (a quote) or 3 bytes
      n += 4 + (cell == null ? 0 : Utf8.maxBytes(cell.length()) * 2);
    }
    return n;
  }

  /**
   * Appends one row to {@code to} from {@code at} as UTF-8, the bytes {@link #row(List)} writes
   * (cells neutralised, quoted only where Commons CSV's minimal quoting quotes, LF at the end):
   * worker threads format their rows this way and one thread writes them in order. Returns where
   * it ends. {@code to} must have
   * {@link #maxRowBytes} room.
   */
  public static int appendRow(List<String> cells, byte[] to, int at) {
    boolean first = true;
    for (String raw : cells) {
      String cell = safe(raw);
      if (!first) {
        to[at++] = ',';
      }
      int plain = plainAscii(cell, first, to, at);
      if (plain >= 0) {
        at = plain;
      } else if (needsQuotes(cell, first)) {
        to[at++] = '"';
        at = Utf8.encode(cell, true, to, at);
        to[at++] = '"';
      } else {
        at = Utf8.encode(cell, false, to, at);
      }
      first = false;
    }
    to[at++] = '\n';
    return at;
  }

  /**
   * Writes a cell that is all ASCII and needs no quotes in one pass, the common case; returns
   * where it ends, or -1 (having written nothing that counts) when it is not such a cell.
   */
  private static int plainAscii(String cell, boolean first, byte[] to, int at) {
    int n = cell.length();
    if (n == 0 || cell.charAt(0) <= '#' || cell.charAt(n - 1) <= ' ') {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
        return -1;
      }
      to[at++] = (byte) c;
    }
    return at;
  }

  /** Commons CSV's {@code QuoteMode.MINIMAL} rule for RFC 4180 (CsvAppenderTest holds it to it). */
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
    drain();
    out.flush();
  }

  /** Writes what is buffered and closes the stream. */
  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }
}
