package org.ackgap.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV input file record by record: UTF-8 with or without a byte-order mark, LF or CRLF,
 * RFC 4180 quoting, columns by header name ignoring case.
 *
 * <p>A record that cannot be read comes back as a {@link Row} with a problem instead of values, so
 * the caller rejects it and goes on. Bytes that are not UTF-8 are decoded to U+FFFF, which no text
 * may hold, so that only the record containing them is rejected, not the file.
 */
public final class CsvFile implements Closeable {

  /** Stands in for every undecodable byte sequence; a noncharacter, never in real text. */
  static final char MALFORMED = '\uFFFF';

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private final String name;
  private final RecordSplitter splitter;
  private final InputStream stream;
  private final MessageDigest digest;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private final long headerLine;

  private CsvFile(String name, InputStream raw) throws IOException {
    this.name = name;
    this.digest = sha256Digest();
    this.stream = new DigestInputStream(raw, digest);
    this.splitter = new RecordSplitter(new InputStreamReader(stream, decoder()), 1);
    RawRecord first = splitter.next();
    if (first == null) {
      throw new InputException(name + ": the file is empty; expected a header row");
    }
    this.header = headerNames(first.text());
    this.columns = index(header);
    this.headerLine = first.line();
  }

  private CsvFile(String name, CsvFile like, InputStream rest, MessageDigest digest,
      long line) {
    this.name = name;
    this.digest = digest;
    this.stream = rest;
    this.splitter = new RecordSplitter(new InputStreamReader(rest, decoder()), line);
    this.header = like.header;
    this.columns = like.columns;
    this.headerLine = like.headerLine;
  }

  /**
   * Returns a file that knows only its header, read elsewhere: it {@link #parse}s records but
   * reads none itself.
   *
   * @param headerText the header record as it stands, byte-order mark and all
   * @param line the header's line
   */
  static CsvFile ofHeader(String name, String headerText, long line) throws IOException {
    List<String> header = headerNames(headerText);
    return new CsvFile(name, header, index(header), line);
  }

  private CsvFile(String name, List<String> header, Map<String, Integer> columns, long line) {
    this.name = name;
    this.digest = null;
    this.stream = null;
    this.splitter = null;
    this.header = header;
    this.columns = columns;
    this.headerLine = line;
  }

  /**
   * Returns this file read on from {@code rest}, whose first record starts on {@code line}: the
   * way back to reading record by record when a file read in chunks holds something only the
   * record reader handles.
   *
   * @param digest the digest the bytes of the whole file go through, for {@link #sha256}
   */
  CsvFile resume(InputStream rest, MessageDigest digest, long line) {
    return new CsvFile(name, this, rest, digest, line);
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Returns the decoder every input file is read with: bad bytes become {@link #MALFORMED}. */
  static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(MALFORMED));
  }

  private static List<String> headerNames(String text) throws IOException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> names = new ArrayList<>();
    for (String column : fields(text)) {
      names.add(column.strip().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(names);
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(names.get(i), i);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Opens a CSV file and reads its header.
   *
   * @param path the file
   * @param name the name to report it by, relative to the input folder
   * @throws InputException if the file is empty or its header cannot be read
   * @throws IOException if the file cannot be opened
   */
  public static CsvFile open(Path path, String name) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return new CsvFile(name, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Checks that the header has every required column.
   *
   * @throws InputException naming the missing columns and the header found
   */
  public void require(Set<String> required) {
    List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new InputException(String.format(Locale.ROOT,
          "%s:%d: missing required column%s %s; expected %s, found %s", name, headerLine,
          missing.size() > 1 ? "s" : "", String.join(", ", missing),
          String.join(", ", required.stream().sorted().toList()), String.join(",", header)));
    }
  }

  /** Returns the file's name as reported. */
  public String name() {
    return name;
  }

  /**
   * Returns the next data record, or null at the end of the file.
   *
   * @throws IOException if the file cannot be read
   */
  public Row next() throws IOException {
    RawRecord raw = nextRaw();
    return raw == null ? null : parse(raw);
  }

  /**
   * Returns the next data record as the file holds it, or null at the end of the file; {@link
   * #parse} reads its fields, on any thread.
   *
   * @throws IOException if the file cannot be read
   */
  RawRecord nextRaw() throws IOException {
    RawRecord raw = splitter.next();
    if (raw != null && raw.problem() == null
        && (raw.text().indexOf('\n') >= 0 || raw.text().indexOf('\r') >= 0)) {
      // Only here, in file order, can a record that a stray quote ran on over the next rows be
      // taken back: reject its first line and read the rest again. Multi-line records are rare,
      // so checking them on the reading thread costs little.
      String problem = problem(raw.text());
      if (problem != null) {
        return splitter.resplit(raw, "malformed record spanning several lines, probably a stray"
            + " or unclosed quote (" + problem + "); only its first line is rejected", true);
      }
    }
    return raw;
  }

  /** Returns why a record's fields cannot be read, or null when they can. */
  String problem(String text) {
    try {
      int found = fields(text).size();
      return found == header.size() ? null : String.format(Locale.ROOT,
          "expected %d fields as in the header, found %d", header.size(), found);
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      return "malformed CSV record: " + e.getMessage();
    }
  }

  /** Returns the record's values, or why they cannot be read. Thread-safe. */
  Row parse(RawRecord raw) {
    if (raw.problem() != null) {
      return Row.bad(name, raw.line(), raw.text(), raw.problem());
    }
    String text = raw.text();
    if (text.indexOf(MALFORMED) >= 0) {
      return Row.bad(name, raw.line(), text, "invalid UTF-8 in the record");
    }
    List<String> values;
    try {
      values = fields(text);
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      return Row.bad(name, raw.line(), text, "malformed CSV record: " + e.getMessage());
    }
    if (values.size() != header.size()) {
      return Row.bad(name, raw.line(), text, String.format(Locale.ROOT,
          "expected %d fields as in the header, found %d", header.size(), values.size()));
    }
    return Row.good(name, raw.line(), text, values, columns);
  }

  /**
   * Returns the values of a one-line record as {@link #parse} would read them from its decoded
   * text, reading the bytes field by field; or null when the record needs {@link #parse}: quotes
   * that are not well formed, bad bytes, a field count other than the header's. Thread-safe.
   * The row's {@code raw} is null: the caller decodes the record only if it is rejected.
   */
  Row parseBytes(byte[] b, int from, int to, long line) {
    List<String> out = new ArrayList<>(header.size());
    int i = from;
    while (true) {
      if (out.size() == header.size()) {
        return null;
      }
      if (i < to && b[i] == '"') {
        int close = i + 1;
        boolean escaped = false;
        while (true) {
          while (close < to && b[close] != '"') {
            close++;
          }
          if (close == to) {
            return null;
          }
          if (close + 1 < to && b[close + 1] == '"') {
            escaped = true;
            close += 2;
            continue;
          }
          break;
        }
        String value = field(b, i + 1, close);
        if (value == null) {
          return null;
        }
        out.add(escaped ? value.replace("\"\"", "\"") : value);
        i = close + 1;
        if (i == to) {
          break;
        }
        if (b[i] != ',') {
          return null;
        }
        i++;
      } else {
        int end = i;
        while (end < to && b[end] != ',') {
          if (b[end] == '"') {
            return null;
          }
          end++;
        }
        String value = field(b, i, end);
        if (value == null) {
          return null;
        }
        out.add(value);
        if (end == to) {
          break;
        }
        i = end + 1;
      }
    }
    return out.size() == header.size() ? Row.good(name, line, null, out, columns) : null;
  }

  /** Decodes a field, or returns null when its bytes are not plain UTF-8 text. */
  private static String field(byte[] b, int from, int to) {
    String s = new String(b, from, to - from, StandardCharsets.UTF_8);
    return s.indexOf('\uFFFD') >= 0 || s.indexOf(MALFORMED) >= 0 ? null : s;
  }

  private static List<String> fields(String text) throws IOException {
    if (text.indexOf('"') < 0) {
      return split(text);
    }
    List<String> quick = quoted(text);
    if (quick != null) {
      return quick;
    }
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IOException("expected one record, found " + records.size());
      }
      return records.get(0).toList();
    }
  }

  /**
   * Splits a record whose quotes are all well formed: a quoted field is {@code "..."} with {@code
   * ""} for a quote, followed by a comma or the end, and no unquoted field holds a quote or a line
   * break (the splitter never leaves one there, but a record is not to depend on that). Returns
   * null for anything else, which Commons CSV then reads (and explains when it cannot); for the
   * records it accepts, the values are the ones Commons CSV reads, without building a parser per
   * record.
   */
  static List<String> quoted(String text) {
    List<String> out = new ArrayList<>(8);
    int n = text.length();
    int i = 0;
    StringBuilder b = null;
    while (true) {
      if (i < n && text.charAt(i) == '"') {
        int from = i + 1;
        int close = text.indexOf('"', from);
        if (close < 0) {
          return null;
        }
        if (close + 1 < n && text.charAt(close + 1) == '"') {
          b = b == null ? new StringBuilder(64) : b;
          b.setLength(0);
          int at = from;
          while (true) {
            if (close < 0) {
              return null;
            }
            if (close + 1 < n && text.charAt(close + 1) == '"') {
              b.append(text, at, close + 1);
              at = close + 2;
              close = text.indexOf('"', at);
              continue;
            }
            b.append(text, at, close);
            break;
          }
          out.add(b.toString());
        } else {
          out.add(text.substring(from, close));
        }
        i = close + 1;
        if (i == n) {
          return out;
        }
        if (text.charAt(i) != ',') {
          return null;
        }
        i++;
      } else {
        int comma = text.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        for (int k = i; k < end; k++) {
          char c = text.charAt(k);
          if (c == '"' || c == '\n' || c == '\r') {
            return null;
          }
        }
        out.add(text.substring(i, end));
        if (comma < 0) {
          return out;
        }
        i = comma + 1;
      }
    }
  }

  /** Splits a record without quotes; the fast path, as most records have none. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', from)) {
      out.add(text.substring(from, i));
      from = i + 1;
    }
    out.add(text.substring(from));
    return out;
  }

  /**
   * Returns the SHA-256 of the file's bytes, hex; call it after {@link #next()} has returned null.
   */
  public String sha256() throws IOException {
    stream.transferTo(OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }
}
