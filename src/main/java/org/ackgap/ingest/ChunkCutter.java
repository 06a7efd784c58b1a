package org.ackgap.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a chunk of a CSV file's bytes into records, on any thread, exactly as {@link
 * RecordSplitter} cuts the decoded characters: a quote opens a quoted field only at the start of
 * a field, {@code ""} inside quotes is a quote, a line end outside quotes ends the record, blank
 * lines are skipped. Quotes, commas and line ends are ASCII, so UTF-8 bytes can be cut before
 * they are decoded; each record is decoded on its own, with bad bytes becoming {@link
 * CsvFile#MALFORMED} as in the record reader.
 *
 * <p>It stops, rather than guess, where the record reader's answer needs more than the chunk: a
 * record that runs past the chunk's end ({@link Stop#TAIL}: the caller joins it to the next
 * chunk), and anything the record reader takes back or reads in its own way ({@link Stop#ODD}: a
 * lone carriage return, a file ending inside quotes, a multi-line record whose fields do not
 * read; the caller reads on from there record by record).
 */
final class ChunkCutter {

  /** Where and why cutting stopped. */
  enum Stop {
    /** Every byte of the chunk was read. */
    END,
    /** A record runs past the chunk's end. */
    TAIL,
    /** A record only the record reader reads right. */
    ODD
  }

  /**
   * The records of a chunk.
   *
   * @param records the records, each with its line counted from 0 at the chunk's first line
   * @param end the offset where cutting stopped: the chunk's length, or the first byte of the
   *     record it stopped at
   * @param lines the line ends before {@code end}
   * @param stop why it stopped
   */
  record Cut(List<Span> records, int end, int lines, Stop stop) {}

  /**
   * A record of a chunk: {@code bytes[from..to)}, without its line end.
   *
   * @param line the line ends before it in the chunk
   * @param text the record decoded, when cutting had to (a multi-line record); else null
   */
  record Span(int line, int from, int to, String text) {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

  private final byte[] bytes;
  private final int length;
  private final boolean last;
  private final CsvFile file;
  private int pos;
  private int lines;
  private Stop stop;

  /**
   * Prepares to cut {@code bytes[0..length)}.
   *
   * @param last whether the chunk ends the file
   * @param file checks the fields of multi-line records; null to stop at any
   */
  ChunkCutter(byte[] bytes, int length, boolean last, CsvFile file) {
    this.bytes = bytes;
    this.length = length;
    this.last = last;
    this.file = file;
  }

  /** Cuts a whole chunk. */
  static Cut cut(byte[] bytes, int length, boolean last, CsvFile file) {
    ChunkCutter c = new ChunkCutter(bytes, length, last, file);
    List<Span> out = new ArrayList<>(length / 256 + 4);
    for (Span r = c.next(); r != null; r = c.next()) {
      out.add(r);
    }
    return new Cut(out, c.pos, c.lines, c.stop);
  }

  /** Returns the offset after the last record returned, or where cutting stopped. */
  int position() {
    return pos;
  }

  /** Returns the line ends before {@link #position()}. */
  int lines() {
    return lines;
  }

  /** Returns why {@link #next()} returned null. */
  Stop stop() {
    return stop;
  }

  /** Returns the next record, or null when cutting stops (see {@link #stop()}). */
  Span next() {
    byte[] b = bytes;
    int p = pos;
    int n = lines;
    while (true) {
      if (p == length) {
        pos = p;
        lines = n;
        return halt(Stop.END);
      }
      byte c = b[p];
      if (c == '\n') {
        n++;
        p++;
      } else if (c == '\r') {
        if (p + 1 < length && b[p + 1] == '\n') {
          n++;
          p += 2;
        } else {
          pos = p;
          lines = n;
          return halt(p + 1 == length && !last ? Stop.TAIL : Stop.ODD);
        }
      } else {
        break;
      }
    }
    pos = p;
    lines = n;
    int start = p;
    boolean quoted = false;
    boolean multiline = false;
    int end;
    int next;
    while (true) {
      int i = special(b, p, length);
      if (i == length) {
        if (!last) {
          return halt(Stop.TAIL);
        }
        if (quoted) {
          return halt(Stop.ODD);
        }
        end = length;
        next = length;
        break;
      }
      byte c = b[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && b[i + 1] == '"') {
            p = i + 2;
            continue;
          }
          if (i + 1 == length && !last) {
            return halt(Stop.TAIL);
          }
          quoted = false;
          p = i + 1;
        } else if (c == '\n') {
          n++;
          multiline = true;
          p = i + 1;
        } else if (i + 1 < length && b[i + 1] == '\n') {
          multiline = true;
          p = i + 1;
        } else {
          return halt(i + 1 == length && !last ? Stop.TAIL : Stop.ODD);
        }
      } else if (c == '"') {
        quoted |= i == start || b[i - 1] == ',';
        p = i + 1;
      } else if (c == '\n') {
        end = i;
        next = i + 1;
        n++;
        break;
      } else if (i + 1 < length && b[i + 1] == '\n') {
        end = i;
        next = i + 2;
        n++;
        break;
      } else {
        return halt(i + 1 == length && !last ? Stop.TAIL : Stop.ODD);
      }
    }
    String text = null;
    if (multiline) {
      text = decode(b, start, end);
      if (file == null || file.problem(text) != null) {
        // the record reader takes such a record back and reads its lines again
        return halt(Stop.ODD);
      }
    }
    Span r = new Span(lines, start, end, text);
    pos = next;
    lines = n;
    return r;
  }

  private Span halt(Stop why) {
    stop = why;
    return null;
  }

  /** Returns the offset of the first quote, line feed or carriage return at or after {@code i}. */
  static int special(byte[] b, int i, int to) {
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i);
      long hit = zero(x ^ QUOTES) | zero(x ^ LFS) | zero(x ^ CRS);
      if (hit != 0) {
        // the lowest flag of each mask is exact, so the lowest of all is the first match
        return i + (Long.numberOfTrailingZeros(hit) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '"' || c == '\n' || c == '\r') {
        return i;
      }
    }
    return to;
  }

  private static long zero(long v) {
    return (v - ONES) & ~v & HIGHS;
  }

  /** Decodes a record's bytes as the record reader does. */
  static String decode(byte[] b, int from, int to) {
    String s = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') < 0) {
      return s;
    }
    // bad bytes, or a real U+FFFD: decode again the record reader's way
    try {
      return CsvFile.decoder().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }
}
