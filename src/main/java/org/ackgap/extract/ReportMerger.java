package org.ackgap.extract;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>It keeps about 40 bytes an attribution and none of its text, so that the articles of a year
 * can be merged in little memory: "near-identical" is judged on a 64-bit SimHash of the content's
 * words (Charikar's: each word's hash votes on every bit, weighted by how often it occurs), two
 * texts being one when their hashes differ in at most {@link #SAME_CONTENT_BITS} bits. Not
 * thread-safe.
 */
public final class ReportMerger {

  /**
   * The most bits two reports of one statement differ in. Hashes of unrelated texts differ in
   * about 32 bits; repeats in the worked example and the sample ("said that the reports … were a
   * provocation by A", "had called the reports … a provocation by A", the headline's "reports
   * about the tanker Orion are a provocation") in 8 to 12, different things one speaker said on
   * one day in 19 to 26.
   */
  static final int SAME_CONTENT_BITS = 16;

  private final Map<String, Integer> sources = new HashMap<>();
  private long[] buckets = new long[1024];
  private long[] hashes = new long[1024];
  private int[] days = new int[1024];
  private int[] places = new int[1024];
  private int[] ordinals = new int[1024];
  private String[] articles = new String[1024];
  private int size;

  /**
   * Adds an attribution.
   *
   * @param ordinal its place among all the statements the articles yielded
   * @param place its place among its article's statements
   */
  public void add(ExtractedStatement s, int ordinal, int place) {
    if (size == buckets.length) {
      int n = size * 2;
      buckets = Arrays.copyOf(buckets, n);
      hashes = Arrays.copyOf(hashes, n);
      days = Arrays.copyOf(days, n);
      places = Arrays.copyOf(places, n);
      ordinals = Arrays.copyOf(ordinals, n);
      articles = Arrays.copyOf(articles, n);
    }
    int source = sources.computeIfAbsent(s.sourceId(), k -> sources.size());
    buckets[size] = (long) source << 32 | (s.date().toEpochDay() & 0xFFFFFFFFL);
    hashes[size] = simHash(s.text());
    days[size] = (int) s.articleDate().toEpochDay();
    places[size] = place;
    ordinals[size] = ordinal;
    articles[size] = s.articleId();
    size++;
  }

  /**
   * What became of every statement.
   *
   * @param into for each ordinal, the ordinal of the statement it is a report of (itself when it
   *     is kept)
   * @param reports for each kept ordinal, how many articles carried it
   */
  public record Decision(int[] into, int[] reports) {
    /** Returns whether the statement at this ordinal is kept. */
    public boolean kept(int ordinal) {
      return into[ordinal] == ordinal;
    }
  }

  /** Decides, for {@code total} statements in all (those never added are kept alone). */
  public Decision decide(int total) {
    int[] into = new int[total];
    int[] reports = new int[total];
    for (int i = 0; i < total; i++) {
      into[i] = i;
      reports[i] = 1;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // bucket by bucket, earliest article first, then the smallest id, then reading order
    Arrays.sort(order, (a, b) -> {
      int c = Long.compare(buckets[a], buckets[b]);
      if (c == 0) {
        c = Integer.compare(days[a], days[b]);
      }
      if (c == 0) {
        c = articles[a].compareTo(articles[b]);
      }
      return c != 0 ? c : Integer.compare(places[a], places[b]);
    });
    List<Integer> kept = new ArrayList<>();
    Map<Integer, List<String>> carriers = new HashMap<>();
    for (int k = 0; k < size; k++) {
      int i = order[k];
      if (k > 0 && buckets[order[k - 1]] != buckets[i]) {
        kept.clear();
      }
      Integer twin = null;
      for (int j : kept) {
        if (Long.bitCount(hashes[i] ^ hashes[j]) <= SAME_CONTENT_BITS) {
          twin = j;
          break;
        }
      }
      if (twin == null) {
        kept.add(i);
        continue;
      }
      into[ordinals[i]] = ordinals[twin];
      List<String> seen = carriers.computeIfAbsent(twin, t -> new ArrayList<>(List.of(articles[t])));
      if (!seen.contains(articles[i])) {
        // the same article counts once, however often it repeats the statement
        seen.add(articles[i]);
        reports[ordinals[twin]]++;
      }
    }
    return new Decision(into, reports);
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
