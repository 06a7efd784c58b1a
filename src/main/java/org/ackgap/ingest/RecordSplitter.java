package org.ackgap.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into RFC 4180 records, keeping each record's raw text and first line.
 *
 * <p>Commons CSV parses the fields of each record afterwards; splitting first is what lets one
 * broken record (an unterminated quote, say) be rejected on its own line while every record around
 * it still loads. A quote opens a quoted field only at the start of a field, as Commons CSV reads
 * it. When the input ends inside a quoted field, the record is returned incomplete and splitting
 * resumes on the physical line after the record's first line.
 */
final class RecordSplitter {

  private static final int BUFFER = 1 << 16;

  /** A quoted field longer than this is taken for an unterminated quote; 5 MB texts still fit. */
  static final int MAX_RECORD_CHARS = 16 << 20;

  private final Reader reader;
  private final char[] buffer = new char[BUFFER];
  private int pos;
  private int limit;
  private long line;
  /** Characters pushed back after an unterminated quote, replayed before the reader. */
  private String replay;
  private int replayPos;

  /** Splits {@code reader}, whose first character is on line {@code line}. */
  RecordSplitter(Reader reader, long line) {
    this.reader = reader;
    this.line = line;
  }

  /** Returns the next record, or null at the end of input. Blank lines are skipped. */
  RawRecord next() throws IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        return null;
      }
      if (c == '\n') {
        line++;
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
        continue;
      }
      return record(c);
    }
  }

  private RawRecord record(int first) throws IOException {
    long start = line;
    StringBuilder text = new StringBuilder(512);
    boolean fieldStart = true;
    boolean quoted = false;
    int c = first;
    while (true) {
      if (c < 0) {
        if (quoted) {
          return unterminated(start, text, "unterminated quoted field: the file ends inside quotes");
        }
        return new RawRecord(start, text.toString(), null);
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            text.append('"');
            c = read();
          } else {
            quoted = false;
          }
        } else if (c == '\n') {
          line++;
        } else if (c == '\r') {
          if (peek() != '\n') {
            line++;
          }
        }
        text.append((char) c);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        return new RawRecord(start, text.toString(), null);
      } else {
        if (c == '"' && fieldStart) {
          quoted = true;
        }
        fieldStart = c == ',';
        text.append((char) c);
      }
      if (quoted && text.length() > MAX_RECORD_CHARS) {
        return unterminated(start, text, "unterminated quoted field: over "
            + (MAX_RECORD_CHARS >> 20) + "M characters without a closing quote");
      }
      if (replay == null) {
        // copy the run of characters that change nothing at once, as the loop would one by one
        int i = pos;
        if (quoted) {
          int end = Math.min(limit, pos + Math.max(0, MAX_RECORD_CHARS - text.length()));
          while (i < end) {
            char ch = buffer[i];
            if (ch == '"' || ch == '\n' || ch == '\r') {
              break;
            }
            i++;
          }
        } else {
          while (i < limit) {
            char ch = buffer[i];
            if (ch == '"' || ch == ',' || ch == '\n' || ch == '\r') {
              break;
            }
            i++;
          }
          if (i > pos) {
            fieldStart = false;
          }
        }
        text.append(buffer, pos, i - pos);
        pos = i;
      }
      c = read();
    }
  }

  /**
   * Gives back the record's first physical line as a record with a problem and arranges for the
   * lines after it to be read again, so that rows after a stray quote are not swallowed.
   */
  private RawRecord unterminated(long start, StringBuilder text, String problem) {
    return resplit(new RawRecord(start, text.toString(), null), problem, false);
  }

  /**
   * Takes back a record that spans several lines but cannot be parsed (a stray quote that a later
   * row's quote seemed to close): returns its first physical line with {@code problem} and reads
   * the lines after it again as records of their own.
   *
   * @param lineEndConsumed whether the line end after the record was read with it
   */
  RawRecord resplit(RawRecord record, String problem, boolean lineEndConsumed) {
    String text = record.text();
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String firstLine = text.substring(0, end);
    int rest = end;
    if (rest < text.length() && text.charAt(rest) == '\r') {
      rest++;
    }
    if (rest < text.length() && text.charAt(rest) == '\n') {
      rest++;
    }
    StringBuilder tail = new StringBuilder(text.length() - rest + 1);
    tail.append(text, rest, text.length());
    if (lineEndConsumed) {
      // The record's own line end was consumed with it; give it back so line numbers hold.
      tail.append('\n');
    }
    if (replay != null && replayPos < replay.length()) {
      tail.append(replay, replayPos, replay.length());
    }
    replay = tail.length() == 0 ? null : tail.toString();
    replayPos = 0;
    line = record.line() + 1;
    return new RawRecord(record.line(), firstLine, problem);
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      if (replay != null) {
        replayPos++;
      } else {
        pos++;
      }
    }
    return c;
  }

  /** Returns the next character without taking it, or -1 at the end of input. */
  private int peek() throws IOException {
    if (replay != null) {
      if (replayPos < replay.length()) {
        return replay.charAt(replayPos);
      }
      replay = null;
    }
    if (pos == limit) {
      limit = reader.read(buffer, 0, BUFFER);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[pos];
  }
}
