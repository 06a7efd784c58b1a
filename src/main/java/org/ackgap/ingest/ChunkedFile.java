package org.ackgap.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a statement file in chunks of whole lines for the workers to cut ({@link ChunkCutter}):
 * the reading thread only moves bytes and finds the last line end of each chunk.
 *
 * <p>The header is cut here, from the first chunk; a file whose header is not one plain record
 * (blank lines before it are fine) is left to the record reader altogether ({@link #open}
 * returns null).
 */
final class ChunkedFile {

  /** A chunk: whole lines of the file, bar the last chunk of a file that ends without one. */
  record Chunk(ChunkedFile file, byte[] bytes, int length, boolean last) {}

  /** Bytes a header may take before the file is left to the record reader. */
  private static final int MAX_HEADER = 1 << 20;

  private final String name;
  private final InputStream stream;
  private final MessageDigest digest;
  private final CsvFile header;
  private final int size;
  /** Line of the first byte after the header. */
  private final long firstLine;
  private byte[] carry;
  private boolean done;

  private ChunkedFile(String name, InputStream stream, MessageDigest digest, CsvFile header,
      int size, long firstLine, byte[] carry, boolean done) {
    this.name = name;
    this.stream = stream;
    this.digest = digest;
    this.header = header;
    this.size = size;
    this.firstLine = firstLine;
    this.carry = carry;
    this.done = done;
  }

  /**
   * Opens a file and cuts its header, or returns null when the record reader must read it.
   *
   * @param size the bytes read per chunk
   * @throws IOException if the file cannot be read
   */
  static ChunkedFile open(Path path, String name, int size) throws IOException {
    MessageDigest digest = CsvFile.sha256Digest();
    InputStream stream = new DigestInputStream(Files.newInputStream(path), digest);
    try {
      byte[] first = new byte[0];
      int n = 0;
      boolean eof;
      ChunkCutter cutter;
      ChunkCutter.Span head;
      do {
        // a header longer than a chunk is read on until it ends
        first = Arrays.copyOf(first, n + size);
        int read = stream.readNBytes(first, n, size);
        n += read;
        eof = read < size;
        cutter = new ChunkCutter(first, n, eof, null);
        head = cutter.next();
      } while (head == null && cutter.stop() == ChunkCutter.Stop.TAIL && n < MAX_HEADER);
      String text = head == null ? null : ChunkCutter.decode(first, head.from(), head.to());
      if (text == null || text.indexOf(CsvFile.MALFORMED) >= 0) {
        stream.close();
        return null;
      }
      CsvFile header;
      try {
        header = CsvFile.ofHeader(name, text, head.line() + 1);
      } catch (IOException | RuntimeException e) {
        stream.close();
        return null;
      }
      return new ChunkedFile(name, stream, digest, header, size, cutter.lines() + 1L,
          Arrays.copyOfRange(first, cutter.position(), n), eof);
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /** Returns the file as a record reader would have opened it: for its header and parsing. */
  CsvFile header() {
    return header;
  }

  /** Returns the line of the first byte after the header. */
  long firstLine() {
    return firstLine;
  }

  /**
   * Returns the next chunk, or null when the file has been read. Runs on the reading thread.
   *
   * @throws IOException if the file cannot be read
   */
  Chunk next() throws IOException {
    if (done && carry == null) {
      return null;
    }
    if (done) {
      byte[] rest = carry;
      carry = null;
      return new Chunk(this, rest, rest.length, true);
    }
    byte[] buf = new byte[carry.length + size];
    System.arraycopy(carry, 0, buf, 0, carry.length);
    int n = carry.length + stream.readNBytes(buf, carry.length, size);
    if (n < buf.length) {
      done = true;
      carry = null;
      return new Chunk(this, buf, n, true);
    }
    int cut = n - 1;
    while (cut >= 0 && buf[cut] != '\n') {
      cut--;
    }
    if (cut < 0) {
      // no line end in a whole chunk: the worker finds the record runs on, and it is joined
      carry = new byte[0];
      return new Chunk(this, buf, n, false);
    }
    carry = Arrays.copyOfRange(buf, cut + 1, n);
    return new Chunk(this, buf, cut + 1, false);
  }

  /**
   * Returns a chunk of the unread bytes of {@code tail} from {@code from} followed by {@code next}
   * (the chunk after it): for a record that ran past the end of {@code tail}.
   */
  static Chunk join(Chunk tail, int from, Chunk next) {
    int head = tail.length() - from;
    byte[] buf = new byte[head + next.length()];
    System.arraycopy(tail.bytes(), from, buf, 0, head);
    System.arraycopy(next.bytes(), 0, buf, head, next.length());
    return new Chunk(tail.file(), buf, buf.length, next.last());
  }

  /**
   * Returns a record reader that reads on from byte {@code from} of {@code chunk}, then the chunks
   * already read after it, then the rest of the file; its first record starts on {@code line}.
   */
  CsvFile resume(Chunk chunk, int from, List<Chunk> later, long line) {
    List<InputStream> parts = new ArrayList<>();
    parts.add(new ByteArrayInputStream(chunk.bytes(), from, chunk.length() - from));
    for (Chunk c : later) {
      parts.add(new ByteArrayInputStream(c.bytes(), 0, c.length()));
    }
    if (carry != null) {
      parts.add(new ByteArrayInputStream(carry));
    }
    carry = null;
    done = true;
    parts.add(stream);
    return header.resume(new SequenceInputStream(Collections.enumeration(parts)), digest, line);
  }

  /** Returns the SHA-256 of the file's bytes, hex, reading what is left of it. */
  String sha256() throws IOException {
    stream.transferTo(OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(digest.digest());
  }

  String name() {
    return name;
  }

  void close() throws IOException {
    stream.close();
  }
}
