package org.ackgap.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ackgap.ingest.Row;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A part of the statements the articles yielded, as rows of the statements table, in a file that
 * the driver writes and a task reads back: each row whole (file, line, raw record, problem,
 * values by column), so that the task parses, classifies and rejects it exactly as the single JVM
 * does the row it reads back from its merge file.
 */
final class ExtractedRows implements SparkStage.RowSource {

  private final DataInputStream in;

  private ExtractedRows(DataInputStream in) {
    this.in = in;
  }

  /** Opens a part written by {@link Writer}. */
  static ExtractedRows open(String uri, Configuration conf) throws IOException {
    Path path = new Path(uri);
    return new ExtractedRows(new DataInputStream(
        new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16)));
  }

  /** Returns the next row, or null after the last. */
  public Row next() throws IOException {
    String file;
    try {
      file = readString(in);
    } catch (EOFException end) {
      return null;
    }
    long line = in.readLong();
    String raw = readString(in);
    String problem = readString(in);
    String decodedFrom = readString(in);
    int n = in.readInt();
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(readString(in));
    }
    int c = in.readInt();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < c; i++) {
      String name = readString(in);
      columns.put(name, in.readInt());
    }
    return new Row(file, line, raw, problem, values, columns, decodedFrom);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Writes rows into a part, in order. */
  static final class Writer implements Closeable {
    private final DataOutputStream out;
    private long written;

    Writer(OutputStream out) {
      this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    }

    /** Writes a row; returns how many bytes it took. */
    long write(Row row) throws IOException {
      long before = written;
      writeString(row.file());
      writeLong(row.line());
      writeString(row.raw());
      writeString(row.problem());
      writeString(row.decodedFrom());
      writeInt(row.values().size());
      for (String v : row.values()) {
        writeString(v);
      }
      writeInt(row.columns().size());
      for (Map.Entry<String, Integer> e : row.columns().entrySet()) {
        writeString(e.getKey());
        writeInt(e.getValue());
      }
      return written - before;
    }

    private void writeString(String s) throws IOException {
      if (s == null) {
        writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeInt(b.length);
      out.write(b);
      written += b.length;
    }

    private void writeInt(int i) throws IOException {
      out.writeInt(i);
      written += Integer.BYTES;
    }

    private void writeLong(long l) throws IOException {
      out.writeLong(l);
      written += Long.BYTES;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
