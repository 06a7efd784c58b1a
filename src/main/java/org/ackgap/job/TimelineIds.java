package org.ackgap.job;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The statement ids that timeline.csv lists per topic and date, kept in a file while the
 * statements stream by, so that memory does not grow with their number.
 *
 * <p>Each position appends a record: the topic's index, the epoch day and the id in UTF-8. To
 * write timeline.csv the file is read back for a run of topics at a time, as many as fit in
 * {@code budget} bytes of records, in the order the topics are asked for: one pass for a million
 * statements under {@code -Xmx256m}, a few for ten million. Not thread-safe: the collecting
 * thread writes it, then the scoring step reads it.
 */
final class TimelineIds implements Closeable {

  private final Path file;
  private final OutputStream out;
  private final long[] bytesByTopic;
  /** Records not yet written: room for one more of any id up to 127 bytes. */
  private final byte[] buf = new byte[1 << 16];
  private int n;
  /** The loaded topics' ids: per (topic, day) key, the ids so far as UTF-8 joined by ';'. */
  private Cells loaded = new Cells();
  private int loadedFrom = -1;
  private int loadedTo = -1;

  /** Starts an empty file of ids for {@code topics} topics. */
  TimelineIds(Path file, int topics) throws IOException {
    this.file = file;
    this.out = Files.newOutputStream(file);
    this.bytesByTopic = new long[topics];
  }

  /** Notes that statement {@code id} has a position on topic {@code topic} on {@code day}. */
  void add(int topic, long epochDay, String id) throws IOException {
    if (n > buf.length - 160) {
      out.write(buf, 0, n);
      n = 0;
    }
    int start = n;
    n = varint(buf, n, topic);
    n = varint(buf, n, (epochDay << 1) ^ (epochDay >> 63));
    int len = id.length();
    boolean ascii = len <= 127;
    for (int i = 0; ascii && i < len; i++) {
      char c = id.charAt(i);
      buf[n + 1 + i] = (byte) c;
      ascii = c < 0x80;
    }
    if (ascii) {
      buf[n] = (byte) len;
      n += 1 + len;
    } else {
      byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
      n = varint(buf, n, utf8.length);
      bytesByTopic[topic] += n - start + utf8.length;
      out.write(buf, 0, n);
      out.write(utf8);
      n = 0;
      return;
    }
    bytesByTopic[topic] += n - start;
  }

  /**
   * Appends the records another instance wrote (a distributed run's part, in input order after
   * everything added so far): the format is a run of self-contained records, so files join.
   *
   * @param part the other file's bytes
   * @param partBytesByTopic the other instance's {@link #bytesByTopic()}
   */
  void append(InputStream part, long[] partBytesByTopic) throws IOException {
    out.write(buf, 0, n);
    n = 0;
    part.transferTo(out);
    for (int t = 0; t < bytesByTopic.length; t++) {
      bytesByTopic[t] += partBytesByTopic[t];
    }
  }

  /** Returns the bytes of records per topic index written so far. */
  long[] bytesByTopic() {
    return bytesByTopic.clone();
  }

  /** Ends writing: from here on only {@link #ids} may be called. */
  void finish() throws IOException {
    out.write(buf, 0, n);
    n = 0;
    out.close();
  }

  /**
   * Returns the ids of topic {@code topic} on {@code epochDay} in input order, joined by
   * {@code ;}, or "" when it has none. Topics are best asked for in index order: asking for one
   * that is not loaded reads the file again for it and the topics after it that fit the budget.
   */
  String ids(int topic, long epochDay, long budget) throws IOException {
    if (topic < loadedFrom || topic >= loadedTo) {
      load(topic, budget);
    }
    return loaded.get(key(topic, epochDay));
  }

  private void load(int from, long budget) throws IOException {
    int to = from + 1;
    long bytes = bytesByTopic[from];
    while (to < bytesByTopic.length && bytes + bytesByTopic[to] <= budget) {
      bytes += bytesByTopic[to++];
    }
    loaded = new Cells(); // let the last run of topics go before reading the next
    Cells cells = new Cells();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = new byte[1 << 16];
      int end = 0;
      int at = 0;
      long[] v = new long[1];
      while (true) {
        if (end - at < 160) {
          // a record is at most 2 + 10 + 2 + 127 bytes, or one with a longer id, read whole
          System.arraycopy(b, at, b, 0, end - at);
          end -= at;
          at = 0;
          int got = in.readNBytes(b, end, b.length - end);
          end += got;
          if (end == 0) {
            break;
          }
        }
        at = readVarint(b, at, end, v);
        int topic = (int) v[0];
        at = readVarint(b, at, end, v);
        long day = (v[0] >>> 1) ^ -(v[0] & 1);
        at = readVarint(b, at, end, v);
        int len = (int) v[0];
        if (len > end - at) {
          if (len > b.length / 2) {
            b = java.util.Arrays.copyOf(b, len * 2);
          }
          System.arraycopy(b, at, b, 0, end - at);
          end -= at;
          at = 0;
          end += in.readNBytes(b, end, len - end);
          if (end < len) {
            throw new EOFException(file + ": cut short");
          }
        }
        if (topic >= from && topic < to) {
          cells.append(key(topic, day), b, at, len);
        }
        at += len;
      }
    }
    loaded = cells;
    loadedFrom = from;
    loadedTo = to;
  }

  private static long key(int topic, long epochDay) {
    return ((long) topic << 32) ^ (epochDay & 0xffffffffL);
  }

  private static int varint(byte[] to, int at, long v) {
    while ((v & ~0x7fL) != 0) {
      to[at++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    to[at++] = (byte) v;
    return at;
  }

  private int readVarint(byte[] b, int at, int end, long[] value) throws EOFException {
    long v = 0;
    for (int shift = 0; at < end; shift += 7) {
      byte x = b[at++];
      v |= (long) (x & 0x7f) << shift;
      if (x >= 0) {
        value[0] = v;
        return at;
      }
    }
    throw new EOFException(file + ": cut short");
  }

  /** Closes and deletes the file. */
  @Override
  public void close() throws IOException {
    out.close();
    loaded = new Cells();
    Files.deleteIfExists(file);
  }

  /** Byte strings by long key, in an open-addressing table: no boxing per record. */
  private static final class Cells {
    private long[] keys = new long[1 << 10];
    private int[] slots = new int[1 << 10]; // index + 1 into bytes, 0 when free
    private byte[][] bytes = new byte[1 << 9][];
    private int[] lengths = new int[1 << 9];
    private int size;

    void append(long key, byte[] b, int from, int len) {
      int i = find(key);
      if (slots[i] == 0) {
        if (size == bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, size * 2);
          lengths = java.util.Arrays.copyOf(lengths, size * 2);
        }
        bytes[size] = new byte[Math.max(32, len * 4)];
        keys[i] = key;
        slots[i] = ++size;
        if (size * 2 > keys.length) {
          rehash();
        }
        i = find(key);
      }
      int c = slots[i] - 1;
      int at = lengths[c];
      int need = at + len + 1;
      if (need > bytes[c].length) {
        bytes[c] = java.util.Arrays.copyOf(bytes[c], Math.max(need, bytes[c].length * 2));
      }
      byte[] cell = bytes[c];
      if (at > 0) {
        cell[at++] = ';';
      }
      System.arraycopy(b, from, cell, at, len);
      lengths[c] = at + len;
    }

    String get(long key) {
      int i = find(key);
      if (slots[i] == 0) {
        return "";
      }
      int c = slots[i] - 1;
      return new String(bytes[c], 0, lengths[c], StandardCharsets.UTF_8);
    }

    private int find(long key) {
      int mask = keys.length - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (slots[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new long[oldKeys.length * 2];
      slots = new int[oldSlots.length * 2];
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldSlots[j] != 0) {
          int i = find(oldKeys[j]);
          keys[i] = oldKeys[j];
          slots[i] = oldSlots[j];
        }
      }
    }
  }
}
