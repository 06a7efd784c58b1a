package org.ackgap.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV input file record by record with Commons CSV: LF or CRLF, RFC 4180 quoting,
 * columns by header name ignoring case. The encoding (UTF-8 with or without a byte-order mark,
 * UTF-16, or a legacy one such as Windows-1251) and the delimiter ({@code , ; tab}) are found
 * from the file's first bytes ({@link FormatDetector}) unless ackgap.properties forces them.
 *
 * <p>Every record comes back as a {@link Row} with its first physical line and its raw text, or
 * with the reason it cannot be used, so that the caller rejects it and goes on. A record Commons
 * CSV cannot read (an unterminated quote, text after a closing quote, or a stray quote that ran
 * on over later rows) loses only its first line: the parser starts again on the line after it, so
 * the rows around it still load. Bytes that are not valid in the encoding are decoded to U+FFFF,
 * which no text may hold, so that only the record containing them is rejected.
 */
public final class CsvSource implements Closeable {

  /** A quoted field longer than this is taken for an unterminated quote; 5 MB texts still fit. */
  static final int MAX_RECORD_CHARS = 16 << 20;

  /** Stands in for every undecodable byte sequence; a noncharacter, never in real text. */
  private static final char MALFORMED = '\uFFFF';

  private final String name;
  private final FileFormat format;
  private final CSVFormat csvFormat;
  /** The file's encoding when it is not UTF-8, for the reasons of its rejects; else null. */
  private final String decodedFrom;
  private final InputStream stream;
  private final MessageDigest digest;
  private final Tape tape;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private final long headerLine;
  private Iterator<CSVRecord> records;
  private CSVParser parser;
  /** The parser's line count after the last record it returned. */
  private long parserLines;
  /** Just after the last record taken (its line end included), and the line found there. */
  private long scanPos;
  private long scanLine = 1;

  private CsvSource(String name, InputStream raw, InputSettings settings) throws IOException {
    this.name = name;
    this.digest = sha256Digest();
    this.stream = new DigestInputStream(raw, digest);
    byte[] sample = stream.readNBytes(FormatDetector.SAMPLE);
    this.format = FormatDetector.detect(sample, sample.length,
        sample.length < FormatDetector.SAMPLE, settings);
    this.decodedFrom = format.utf8() ? null : format.encoding();
    this.csvFormat = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true)
        .setDelimiter(format.delimiter()).get();
    // the sample goes back in front of the rest (a sequence stream would close the file at its
    // end, before sha256() reads what the parser left)
    PushbackInputStream body = new PushbackInputStream(stream, Math.max(1, sample.length));
    body.unread(sample, format.skip(), sample.length - format.skip());
    this.tape = format.utf8() ? new Tape(body, null)
        : new Tape(body, new InputStreamReader(body, format.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(MALFORMED))));
    restart();
    Row first = take();
    if (first == null) {
      throw new InputException(name + ": the file is empty; expected a header row");
    }
    if (!first.ok()) {
      throw new InputException(name + ":" + first.line() + ": cannot read the header row ("
          + first.problem() + ")");
    }
    List<String> names = new ArrayList<>();
    for (String column : first.values()) {
      names.add(column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    this.header = List.copyOf(names);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    this.columns = Collections.unmodifiableMap(index);
    this.headerLine = first.line();
  }

  /**
   * Opens a CSV file and reads its header.
   *
   * @param path the file
   * @param name the name to report it by, relative to the input folder
   * @throws InputException if the file is empty or its header cannot be read
   * @throws IOException if the file cannot be opened
   */
  public static CsvSource open(Path path, String name) throws IOException {
    return open(path, name, InputSettings.DEFAULTS);
  }

  /**
   * Opens a CSV file and reads its header, in the encoding and with the delimiter {@code
   * settings} force, else those its first bytes show.
   *
   * @param path the file
   * @param name the name to report it by, relative to the input folder
   * @param settings what ackgap.properties forces
   * @throws InputException if the file is empty or its header cannot be read
   * @throws IOException if the file cannot be opened
   */
  public static CsvSource open(Path path, String name, InputSettings settings)
      throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return new CsvSource(name, in, settings);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads CSV from a stream, header first: a file on another file system, or a part of one
   * behind its header (a distributed run's split). Closing the source closes the stream.
   *
   * @param in the bytes, from the header on
   * @param name the name to report it by, relative to the input folder
   * @throws InputException if there is no header or it cannot be read
   * @throws IOException if the stream cannot be read
   */
  public static CsvSource open(InputStream in, String name) throws IOException {
    try {
      return new CsvSource(name, in, InputSettings.DEFAULTS);
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
          "%s:%d: missing required column%s %s; expected %s, found %s (read as %s)", name,
          headerLine, missing.size() > 1 ? "s" : "", String.join(", ", missing),
          String.join(", ", required.stream().sorted().toList()),
          String.join(String.valueOf(format.delimiter()), header), format.describe()));
    }
  }

  /** Returns whether the header names a column. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Returns the file's name as reported. */
  public String name() {
    return name;
  }

  /** Returns the encoding and delimiter the file is read with, and why. */
  public FileFormat format() {
    return format;
  }

  /**
   * Returns the next data record, or null at the end of the file.
   *
   * @throws IOException if the file cannot be read
   */
  public Row next() throws IOException {
    Row row = take();
    if (row == null || !row.ok()) {
      return row;
    }
    if (row.raw().indexOf(MALFORMED) >= 0) {
      // U+FFFD, not the noncharacter that marked them, so that a spreadsheet shows where they were
      return Row.bad(name, row.line(), row.raw().replace(MALFORMED, '\uFFFD'), format.utf8()
          ? "invalid UTF-8 in the record, shown as \uFFFD (if the file is in another encoding,"
              + " set csv_encoding in ackgap.properties)"
          : "bytes that are not valid " + format.encoding() + " in the record, shown as \uFFFD",
          decodedFrom);
    }
    if (row.values().size() != header.size()) {
      return Row.bad(name, row.line(), row.raw(), fieldCount(row.values().size()), decodedFrom);
    }
    return Row.good(name, row.line(), row.raw(), row.values(), columns, decodedFrom);
  }

  private String fieldCount(int found) {
    return String.format(Locale.ROOT, "expected %d fields as in the header, found %d",
        header.size(), found);
  }

  /** Starts a parser where the tape stands: at the start, or on the line after a bad record. */
  private void restart() throws IOException {
    tape.recordStart = scanPos;
    parser = new CSVParser(tape, csvFormat, 0, 0);
    records = parser.iterator();
    parserLines = 0;
  }

  /**
   * Returns how many physical lines a record read into these values takes in a file that quotes
   * as CSV does: one, and one more per line break (CR LF, CR or LF) inside a value.
   */
  public static int lines(List<String> values) {
    int lines = 1;
    for (String v : values) {
      lines += Tape.breaks(v);
    }
    return lines;
  }

  /** Returns the next record with its line and raw text, its values not yet checked. */
  private Row take() throws IOException {
    if (records == null) {
      return null;
    }
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        records = null;
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      String reason = reason(e);
      tape.skipBreaks(scanPos);
      if (!reason.startsWith("unterminated")
          && parser.getCurrentLineNumber() - parserLines > tape.skipped) {
        // the parser read on past the record's first line: a quote opened there ran on
        reason = "malformed record spanning several lines, probably a stray or unclosed quote ("
            + reason + "); only its first line is rejected";
      }
      return salvage(reason);
    }
    long lines = parser.getCurrentLineNumber();
    long breaks = lines - parserLines;
    parserLines = lines;
    // values() hands over the parser's own array (a fresh one per record); toList() streams
    List<String> values = Arrays.asList(record.values());
    int inside = 0;
    int length = values.size() - 1; // the commas; the values' own characters come next
    for (String v : values) {
      inside += Tape.breaks(v);
      length += v.length();
    }
    if (inside > 0 && header != null && values.size() != header.size()) {
      // A stray quote that a later row's quote seemed to close: the record swallowed rows.
      return salvage("malformed record spanning several lines, probably a stray or unclosed"
          + " quote (" + fieldCount(values.size()) + "); only its first line is rejected");
    }
    long start = tape.skipBreaks(scanPos);
    long startLine = scanLine + tape.skipped;
    boolean ended = breaks - tape.skipped - inside > 0;
    long end = tape.endOfRecord(start, inside, inside == 0 ? length : 0);
    String raw = tape.text(start, end);
    scanPos = ended ? tape.afterBreak(end) : end;
    scanLine = startLine + inside + (ended ? 1 : 0);
    tape.release(scanPos);
    tape.recordStart = scanPos;
    return new Row(name, startLine, raw, null, values, Map.of(), decodedFrom);
  }

  /**
   * Rejects the first line of the record that starts at the scan position and starts the parser
   * again on the line after it.
   */
  private Row salvage(String reason) throws IOException {
    long start = tape.skipBreaks(scanPos);
    long line = scanLine + tape.skipped;
    long end = tape.endOfRecord(start, 0, 0);
    String firstLine = tape.text(start, end);
    scanPos = tape.afterBreak(end);
    scanLine = line + 1;
    tape.rewind(scanPos);
    tape.release(scanPos);
    restart();
    return Row.bad(name, line, firstLine, reason, decodedFrom);
  }

  private String reason(RuntimeException e) {
    String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage()
        : e.getMessage());
    if (message.contains(Tape.TOO_LONG)) {
      return "unterminated quoted field: over " + (MAX_RECORD_CHARS >> 20)
          + "M characters without a closing quote";
    }
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "unterminated quoted field: the file ends inside quotes";
    }
    if (message.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
      return "malformed CSV record: text after a closing quote; a quoted field must end at a "
          + (format.delimiter() == ',' ? "comma" : format.delimiter() == ';' ? "semicolon" : "tab")
          + " or the end of the line";
    }
    return "malformed CSV record: " + message;
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
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
    stream.close();
  }

  /**
   * The characters of the file as the parser reads them, kept from the start of the record being
   * read, so that a record's raw text can be cut out and the parser can be started again on any
   * line of it. It decodes UTF-8 itself, a chunk of bytes at a time: String's decoder is several
   * times faster than a stream decoder's, and bad bytes come out as {@link #MALFORMED}.
   */
  private static final class Tape extends Reader {
    static final String TOO_LONG = "record too long";
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    /** Decodes a file that is not UTF-8; null on the UTF-8 fast path. */
    private final Reader chars;
    private char[] charChunk;
    private final byte[] bytes = new byte[CHUNK + 4];
    /** Bytes of a character cut by the end of the last chunk, waiting for the rest of it. */
    private int carried;
    private boolean eof;
    private final java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(MALFORMED));
    private char[] kept = new char[CHUNK * 2];
    private int keptLength;
    /** The absolute position of {@code kept}'s first character. */
    private long keptFrom;
    /** The absolute position of the next character handed to the parser. */
    private long cursor;
    /** Where the record being read starts, for the length limit. */
    long recordStart;
    /** How many line breaks the last {@link #skipBreaks} skipped. */
    int skipped;

    Tape(InputStream in, Reader chars) {
      this.in = in;
      this.chars = chars;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (cursor - recordStart > MAX_RECORD_CHARS) {
        throw new IOException(TOO_LONG);
      }
      if (cursor >= keptEnd() && !decodeMore()) {
        return -1;
      }
      int n = (int) Math.min(len, keptEnd() - cursor);
      System.arraycopy(kept, (int) (cursor - keptFrom), buf, off, n);
      cursor += n;
      return n;
    }

    /** Decodes the next chunk of bytes onto the end of what is kept; false at the end. */
    private boolean decodeMore() throws IOException {
      if (chars != null) {
        if (charChunk == null) {
          charChunk = new char[CHUNK];
        }
        int n = eof ? -1 : chars.read(charChunk, 0, CHUNK);
        if (n < 0) {
          eof = true;
          return false;
        }
        append(charChunk, n);
        return true;
      }
      while (!eof) {
        int n = in.readNBytes(bytes, carried, CHUNK);
        int end = carried + n;
        eof = n == 0;
        int whole = eof ? end : wholeCharacters(end);
        if (whole > 0) {
          String text = new String(bytes, 0, whole, StandardCharsets.UTF_8);
          if (text.indexOf('\uFFFD') >= 0) {
            // bad bytes, or a U+FFFD in the text: the strict decoder tells them apart
            text = strict.reset().decode(java.nio.ByteBuffer.wrap(bytes, 0, whole)).toString();
          }
          append(text);
        }
        carried = end - whole;
        System.arraycopy(bytes, whole, bytes, 0, carried);
        if (whole > 0) {
          return true;
        }
      }
      return false;
    }

    /** Returns where the last whole UTF-8 character of {@code bytes[0..end)} ends. */
    private int wholeCharacters(int end) {
      int i = end - 1;
      for (int back = 0; back < 3 && i > 0 && (bytes[i] & 0xC0) == 0x80; back++) {
        i--;
      }
      int lead = bytes[i] & 0xFF;
      int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      return i + need <= end ? end : i;
    }

    private void append(String text) {
      int n = text.length();
      if (keptLength + n > kept.length) {
        kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
      }
      text.getChars(0, n, kept, keptLength);
      keptLength += n;
    }

    private void append(char[] text, int n) {
      if (keptLength + n > kept.length) {
        kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
      }
      System.arraycopy(text, 0, kept, keptLength, n);
      keptLength += n;
    }

    /** Drops what is kept before {@code pos}: nothing before it is read again. */
    void release(long pos) {
      int n = (int) (pos - keptFrom);
      if (n > CHUNK && n > keptLength / 2) {
        System.arraycopy(kept, n, kept, 0, keptLength - n);
        keptLength -= n;
        keptFrom = pos;
      }
    }

    /** Hands the parser the characters from {@code pos} on again. */
    void rewind(long pos) {
      cursor = pos;
    }

    private long keptEnd() {
      return keptFrom + keptLength;
    }

    /** Returns the first position from {@code pos} that is not a line break; counts them. */
    long skipBreaks(long pos) {
      skipped = 0;
      int i = (int) (pos - keptFrom);
      while (i < keptLength) {
        char c = kept[i];
        if (c == '\r') {
          i = i + 1 < keptLength && kept[i + 1] == '\n' ? i + 2 : i + 1;
        } else if (c == '\n') {
          i++;
        } else {
          break;
        }
        skipped++;
      }
      return keptFrom + i;
    }

    /**
     * Returns where the record from {@code start} ends: at its first break after {@code inside}
     * breaks, looking no nearer than {@code least} characters from the start (a record with no
     * break inside is at least as long as its values and commas: quotes only add to that).
     */
    long endOfRecord(long start, int inside, int least) {
      char[] k = kept;
      int end = keptLength;
      for (int i = (int) (start - keptFrom) + least; i < end; i++) {
        char c = k[i];
        if (c == '\r' || c == '\n') {
          if (inside == 0) {
            return keptFrom + i;
          }
          inside--;
          if (c == '\r' && i + 1 < end && k[i + 1] == '\n') {
            i++;
          }
        }
      }
      return keptEnd();
    }

    /** Returns the position after the line break at {@code pos}, or {@code pos} at the end. */
    long afterBreak(long pos) {
      int i = (int) (pos - keptFrom);
      if (i >= keptLength) {
        return pos;
      }
      if (kept[i] == '\r') {
        return i + 1 < keptLength && kept[i + 1] == '\n' ? pos + 2 : pos + 1;
      }
      return kept[i] == '\n' ? pos + 1 : pos;
    }

    String text(long from, long to) {
      return new String(kept, (int) (from - keptFrom), (int) (to - from));
    }

    /** Counts the line breaks in a value: CR LF, CR and LF each one. */
    private static int breaks(String s) {
      if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        return 0; // nearly every value: two vectorised searches instead of a loop
      }
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
          n++;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
