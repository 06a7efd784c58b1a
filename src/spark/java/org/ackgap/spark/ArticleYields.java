package org.ackgap.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.ackgap.job.ArticleWork;
import org.ackgap.report.csv.CsvOut;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a task's article files yielded, as two part files in the work folder: the statements'
 * rows, which stay there for the job to read back (the text never comes to the driver as
 * objects), and what the job decides on ({@link ArticleWork.Found}: ids, counts, the
 * attributions' hashes), which the driver reads back in file order a few articles at a time, so
 * that it never holds more than that, and the executors cache none of it.
 *
 * <p>The second is a stream of serialised {@link ArticleWork.Found}, ended by a null; reading it
 * back accepts ackgap's classes and the JDK's collections, strings and dates only, as the work
 * folder may be one that others can write into.
 */
final class ArticleYields {

  /** Articles (or rejects) handed to the job at a time. */
  private static final int BATCH = 256;

  private static final ObjectInputFilter ACCEPTED = ObjectInputFilter.Config.createFilter(
      "maxdepth=20;org.ackgap.**;java.lang.*;java.util.*;java.time.*;!*");

  private ArticleYields() {}

  /**
   * Writes what the files yielded, file by file: the articles to {@code part}, their statements'
   * rows to {@code rows} (with the header), replacing both; returns how many rows and lines
   * (without the header) {@code rows} holds.
   */
  static long[] write(Iterator<ArticleWork.FileRead> reads, Path part, Path rows,
      Configuration conf) throws IOException {
    FileSystem fs = part.getFileSystem(conf);
    long[] written = new long[2];
    try (ObjectOutputStream out =
            new ObjectOutputStream(new BufferedOutputStream(fs.create(part, true), 1 << 16));
        CsvOut csv = new CsvOut(rows.getFileSystem(conf).create(rows, true),
            ArticleWork.EXTRACTED)) {
      while (reads.hasNext()) {
        ArticleWork.FileRead read = reads.next();
        csv.rows(read.rows());
        for (ArticleWork.Found f : read.found()) {
          out.writeObject(f);
          written[0] += f.statements();
          written[1] += f.lines();
        }
        // a stream remembers what it wrote until reset, and writes each class's description
        // again after one: once a file, memory holds no more than the file's articles, and the
        // descriptions (most of a small article's bytes) are not repeated per article
        out.reset();
      }
      out.writeObject(null);
    }
    return written;
  }

  /**
   * Returns the articles of the parts, part after part, in lists of a few; each part is deleted
   * once read (the rows' parts stay, for the job to read back).
   */
  static Iterator<List<ArticleWork.Found>> read(List<Path> parts, Configuration conf) {
    return new Iterator<>() {
      private int next;
      private ObjectInputStream in;
      private Path reading;
      private List<ArticleWork.Found> batch;

      @Override
      public boolean hasNext() {
        try {
          while (batch == null) {
            if (in == null) {
              if (next == parts.size()) {
                return false;
              }
              reading = parts.get(next++);
              in = new ObjectInputStream(new BufferedInputStream(
                  reading.getFileSystem(conf).open(reading), 1 << 16));
              in.setObjectInputFilter(ACCEPTED);
            }
            List<ArticleWork.Found> read = new ArrayList<>(BATCH);
            ArticleWork.Found f = null;
            while (read.size() < BATCH && (f = (ArticleWork.Found) in.readObject()) != null) {
              read.add(f);
            }
            if (f == null) {
              in.close();
              in = null;
              reading.getFileSystem(conf).delete(reading, false);
            }
            if (!read.isEmpty()) {
              batch = read;
            }
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException(reading + ": " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(reading + ": " + e, e);
        }
      }

      @Override
      public List<ArticleWork.Found> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<ArticleWork.Found> out = batch;
        batch = null;
        return out;
      }
    };
  }
}
