package org.ackgap.spark;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Cuts statement files into splits of about a given size at record boundaries, so that one
 * large file is read by many tasks.
 *
 * <p>A CSV record ends at a line feed outside quotes, and in RFC 4180 a line feed is outside
 * quotes when the quotes before it in the file are even in number: one pass over the bytes (with
 * the file's SHA-256) finds the boundaries and their line numbers. A split is read as the file's
 * header followed by the split's bytes, its line numbers shifted. Where the file holds a record
 * that a reader of the whole file would cut differently (a quote in an unquoted field, an
 * unterminated quote: {@link org.ackgap.job.SplitWork#cutsRecords}), the count of quotes
 * misleads; the run then reads that file as one split.
 */
final class Splits {

  private Splits() {}

  /**
   * One statement file's scan: its SHA-256 and the starts of its splits.
   *
   * @param file the name relative to the input folder
   * @param uri the file on its file system
   * @param sha256 hex
   * @param size bytes
   * @param headerEnd where the header record ends, its line break included
   * @param starts where each split starts: the first at {@code headerEnd}
   * @param linesBefore the line breaks before each start
   */
  record FileScan(String file, String uri, String sha256, long size, long headerEnd,
      long[] starts, long[] linesBefore) implements Serializable {}

  /**
   * A part of a statement file, read as the file's header then bytes {@code [start, end)}.
   *
   * @param index the split's place in input order
   * @param lineShift what to add to a line number read so: the lines between header and start
   */
  record Split(int index, String file, String uri, long headerEnd, long start, long end,
      long lineShift) implements Serializable {}

  /** Scans a file for split boundaries about {@code splitBytes} apart. */
  static FileScan scan(String file, String uri, long splitBytes, Configuration conf)
      throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    Path path = new Path(uri);
    List<long[]> starts = new ArrayList<>();
    long headerEnd = -1;
    long size = 0;
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      byte[] buf = new byte[1 << 16];
      boolean quoted = false;
      boolean content = false;
      boolean cr = false;
      long lines = 0;
      long next = Long.MAX_VALUE;
      for (int got = in.read(buf); got >= 0; got = in.read(buf)) {
        digest.update(buf, 0, got);
        for (int i = 0; i < got; i++) {
          byte b = buf[i];
          if (cr && b != '\n') {
            lines++; // a CR alone is a line break, as the reader counts them
          }
          cr = b == '\r';
          if (b == '"') {
            quoted = !quoted;
            content = true;
          } else if (b == '\n') {
            lines++;
            long after = size + i + 1;
            if (!quoted && headerEnd < 0 && content) {
              headerEnd = after;
              starts.add(new long[] {after, lines});
              next = after + splitBytes;
            } else if (!quoted && after >= next) {
              starts.add(new long[] {after, lines});
              next = after + splitBytes;
            }
          } else if (b != '\r') {
            content = true;
          }
        }
        size += got;
      }
    }
    if (headerEnd < 0) {
      headerEnd = size; // a header alone, without a line break: no data rows
      starts.add(new long[] {size, 0});
    }
    if (starts.size() > 1 && starts.get(starts.size() - 1)[0] >= size) {
      starts.remove(starts.size() - 1); // no empty split at the end
    }
    long[] at = new long[starts.size()];
    long[] before = new long[starts.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = starts.get(i)[0];
      before[i] = starts.get(i)[1];
    }
    return new FileScan(file, uri, HexFormat.of().formatHex(digest.digest()), size, headerEnd,
        at, before);
  }

  /** Returns the splits of the scanned files in input order; files in {@code whole} in one. */
  static List<Split> plan(List<FileScan> scans, Set<String> whole) {
    List<Split> splits = new ArrayList<>();
    for (FileScan f : scans) {
      long headerLines = f.linesBefore()[0];
      int n = whole.contains(f.file()) ? 1 : f.starts().length;
      for (int i = 0; i < n; i++) {
        long end = i + 1 < n ? f.starts()[i + 1] : f.size();
        splits.add(new Split(splits.size(), f.file(), f.uri(), f.headerEnd(), f.starts()[i],
            end, f.linesBefore()[i] - headerLines));
      }
    }
    return splits;
  }

  /** Returns whether the file was cut into more than one split. */
  static boolean cut(FileScan f) {
    return f.starts().length > 1;
  }

  /** Opens a split: the file's header, then the split's bytes. */
  static InputStream open(Split split, Configuration conf) throws IOException {
    Path path = new Path(split.uri());
    FileSystem fs = path.getFileSystem(conf);
    FSDataInputStream in = fs.open(path);
    try {
      byte[] header = new byte[(int) split.headerEnd()];
      in.readFully(0, header);
      in.seek(split.start());
      return new SequenceInputStream(new ByteArrayInputStream(header),
          new Bounded(in, split.end() - split.start()));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The first {@code left} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int got = in.read(b, off, (int) Math.min(len, left));
      if (got > 0) {
        left -= got;
      }
      return got;
    }
  }
}
