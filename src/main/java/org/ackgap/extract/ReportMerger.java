package org.ackgap.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ackgap.ingest.IdSet;

/**
 * Decides which attributions are one statement reported by several articles (SPEC §6.3): the
 * same source on the same day saying near-identical things, kept from the earliest article (then
 * the smallest article id, then the earliest in that article).
 *
 * <p>It keeps none of the texts and no entry in memory until the merge: each attribution's entry
 * (its source and day, hash, article and place, some 40 bytes) goes to one of 64 files by (source,
 * day), and the merge reads them one at a time, so that the articles of a year merge in little
 * memory. "Near-identical" is judged on a 64-bit SimHash of the content's
 * words (Charikar's: each word's hash votes on every bit, weighted by how often it occurs), two
 * texts being one when their hashes differ in at most {@link #SAME_CONTENT_BITS} bits. Not
 * thread-safe.
 */
public final class ReportMerger implements Closeable {

  /**
   * The most bits two reports of one statement differ in. Hashes of unrelated texts differ in
   * about 32 bits; repeats in the worked example and the sample ("said that the reports … were a
   * provocation by A", "had called the reports … a provocation by A", the headline's "reports
   * about the tanker Orion are a provocation") in 8 to 12, different things one speaker said on
   * one day in 19 to 26.
   */
  static final int SAME_CONTENT_BITS = 16;

  /**
   * Files the entries are spread over by (source, day): a merge only ever compares entries of one
   * (source, day), so it reads one file at a time, a sixty-fourth of the entries.
   */
  private static final int PARTS = 64;

  private final Map<String, Integer> sources = new HashMap<>();
  private final Path dir;
  private final DataOutputStream[] parts = new DataOutputStream[PARTS];

  /** Creates a merger that keeps its entries in files under {@code dir}, which it creates. */
  public ReportMerger(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    for (int i = 0; i < PARTS; i++) {
      parts[i] = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(dir.resolve("part-" + i)), 1 << 14));
    }
  }

  /**
   * What the merge needs of an attribution, its text reduced to a hash: built where the
   * attribution is found (a thread, or a distributed task), so that the text need not travel
   * to where the merge runs.
   *
   * @param sourceId the source it is attributed to
   * @param day its date, as an epoch day
   * @param hash the SimHash of its text
   * @param articleDay its article's date, as an epoch day
   * @param place its place among its article's statements
   */
  public record Report(String sourceId, int day, long hash, int articleDay, int place)
      implements java.io.Serializable {

    /** Returns the report of an attribution at {@code place} among its article's statements. */
    public static Report of(ExtractedStatement s, int place) {
      return new Report(s.sourceId(), (int) s.date().toEpochDay(), simHash(s.text()),
          (int) s.articleDate().toEpochDay(), place);
    }
  }

  /**
   * Adds an attribution.
   *
   * @param ordinal its place among all the statements the articles yielded
   * @param articleId its article's id
   * @throws IOException if its entry cannot be written
   */
  public void add(Report r, int ordinal, String articleId) throws IOException {
    int source = sources.computeIfAbsent(r.sourceId(), k -> sources.size());
    long bucket = (long) source << 32 | (r.day() & 0xFFFFFFFFL);
    DataOutputStream out = parts[(int) Math.floorMod(bucket * 0x9E3779B97F4A7C15L >>> 32, PARTS)];
    out.writeLong(bucket);
    out.writeLong(r.hash());
    out.writeInt(r.articleDay());
    out.writeInt(r.place());
    out.writeInt(ordinal);
    out.writeUTF(articleId);
  }

  /**
   * What became of every statement: one int a statement, so that a distributed run can send it
   * to every task that reads statements back.
   *
   * @param reports for each ordinal, how many articles carried the statement when it is kept, 0
   *     when it is a report of another
   */
  public record Decision(int[] reports) {
    /** Returns whether the statement at this ordinal is kept. */
    public boolean kept(int ordinal) {
      return reports[ordinal] > 0;
    }
  }

  /** One attribution as the merge sees it. */
  private record Entry(long bucket, long hash, int day, int place, int ordinal, String article) {}

  /** Bucket by bucket, the earliest article first, then the smallest id, then reading order. */
  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::bucket)
      .thenComparingInt(Entry::day).thenComparing(Entry::article)
      .thenComparingInt(Entry::place);

  /**
   * Decides, for {@code total} statements in all (those never added are kept alone).
   *
   * @throws IOException if the entries cannot be read back
   */
  public Decision decide(int total) throws IOException {
    for (DataOutputStream out : parts) {
      out.close();
    }
    int[] reports = new int[total];
    Arrays.fill(reports, 1);
    for (int p = 0; p < PARTS; p++) {
      List<Entry> entries = new ArrayList<>();
      Path file = dir.resolve("part-" + p);
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(
          Files.newInputStream(file), 1 << 14))) {
        while (true) {
          long bucket;
          try {
            bucket = in.readLong();
          } catch (EOFException end) {
            break;
          }
          entries.add(new Entry(bucket, in.readLong(), in.readInt(), in.readInt(), in.readInt(),
              in.readUTF()));
        }
      }
      Files.delete(file);
      entries.sort(ORDER);
      merge(entries, reports);
    }
    Files.deleteIfExists(dir);
    return new Decision(reports);
  }

  private static void merge(List<Entry> entries, int[] reports) {
    List<Entry> kept = new ArrayList<>();
    Map<Integer, List<String>> carriers = new HashMap<>();
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      if (k > 0 && entries.get(k - 1).bucket() != e.bucket()) {
        kept.clear();
      }
      Entry twin = null;
      for (Entry j : kept) {
        if (Long.bitCount(e.hash() ^ j.hash()) <= SAME_CONTENT_BITS) {
          twin = j;
          break;
        }
      }
      if (twin == null) {
        kept.add(e);
        continue;
      }
      reports[e.ordinal()] = 0;
      Entry t = twin;
      List<String> seen = carriers.computeIfAbsent(t.ordinal(),
          o -> new ArrayList<>(List.of(t.article())));
      if (!seen.contains(e.article())) {
        // the same article counts once, however often it repeats the statement
        seen.add(e.article());
        reports[t.ordinal()]++;
      }
    }
  }

  /** Closes the entries' files; {@link #decide} has read and deleted them, or they are dropped. */
  @Override
  public void close() throws IOException {
    for (DataOutputStream out : parts) {
      out.close();
    }
  }

  /** Returns the SimHash of a text's lower-cased words. */
  static long simHash(String text) {
    int[] votes = new int[64];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      long h = IdSet.hash(w);
      for (int b = 0; b < 64; b++) {
        votes[b] += (h >>> b & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }
}
