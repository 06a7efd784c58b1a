package org.ackgap.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.ackgap.Stance;
import org.ackgap.Topic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads FNC-1 files (stances: Headline, Body ID, Stance; bodies: Body ID, articleBody), splits
 * them by article body and scores predictions the FNC-1 way and by macro-F1.
 *
 * <p>The split is fixed: a body is in {@code dev} when the CRC-32 of its Body ID (decimal, UTF-8)
 * modulo 10 is 0 or 1, about 20 % of the bodies; every pair of that body goes with it, so no
 * article is seen in both parts (the official baseline splits by body too).
 */
final class Fnc1 {

  private Fnc1() {}

  /** One labelled (headline, body) pair; {@code row} counts data rows of the stances file from 1. */
  record Pair(int row, String headline, String bodyId, String body, Stance gold) {}

  enum Split { TRAIN, DEV, ALL;
    static Split parse(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }

  /** Returns whether the body is in the dev part. */
  static boolean isDev(String bodyId) {
    CRC32 crc = new CRC32();
    crc.update(bodyId.strip().getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 < 2;
  }

  /** Maps an FNC-1 label to a stance: agree, disagree, discuss, unrelated. */
  static Stance stance(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "agree" -> Stance.AFFIRM;
      case "disagree" -> Stance.DENY;
      case "discuss" -> Stance.DISCUSS;
      case "unrelated" -> Stance.NONE;
      default -> throw new IllegalArgumentException(
          "expected one of agree, disagree, discuss, unrelated, got '" + label + "'");
    };
  }

  /** Reads the pairs of one split. */
  static List<Pair> read(Path stances, Path bodies, Split split) throws IOException {
    Map<String, String> text = new HashMap<>();
    for (CSVRecord r : parse(bodies)) {
      text.put(r.get("Body ID").strip(), r.get("articleBody"));
    }
    List<Pair> out = new ArrayList<>();
    int row = 0;
    for (CSVRecord r : parse(stances)) {
      row++;
      String id = r.get("Body ID").strip();
      String body = text.get(id);
      if (body == null) {
        throw new IOException(stances + ": row " + row + ": Body ID " + id + " not in " + bodies);
      }
      boolean dev = isDev(id);
      if (split == Split.ALL || (split == Split.DEV) == dev) {
        out.add(new Pair(row, r.get("Headline"), id, body, stance(r.get("Stance"))));
      }
    }
    return out;
  }

  private static List<CSVRecord> parse(Path file) throws IOException {
    CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, f)) {
      return p.getRecords();
    }
  }

  /** Returns one term-less topic per distinct headline, ids {@code h00001} on in first-seen order. */
  static Map<String, Topic> topics(List<Pair> pairs) {
    Map<String, Topic> out = new LinkedHashMap<>();
    for (Pair p : pairs) {
      out.computeIfAbsent(p.headline(), h -> new Topic(
          String.format(Locale.ROOT, "h%05d", out.size() + 1), h, h, List.of("XX"), List.of(),
          List.of()));
    }
    return out;
  }

  /** Confusion counts: [gold][predicted], by stance ordinal. */
  static final class Scores {
    final long[][] confusion = new long[4][4];

    void add(Stance gold, Stance predicted) {
      confusion[gold.ordinal()][predicted.ordinal()]++;
    }

    double f1(int c) {
      double tp = confusion[c][c];
      double p = tp / Math.max(1, column(c));
      double r = tp / Math.max(1, row(c));
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double precision(int c) {
      return confusion[c][c] / (double) Math.max(1, column(c));
    }

    double recall(int c) {
      return confusion[c][c] / (double) Math.max(1, row(c));
    }

    long row(int c) {
      long n = 0;
      for (long v : confusion[c]) {
        n += v;
      }
      return n;
    }

    long column(int c) {
      long n = 0;
      for (long[] r : confusion) {
        n += r[c];
      }
      return n;
    }

    double macroF1() {
      double s = 0;
      for (int c = 0; c < 4; c++) {
        s += f1(c);
      }
      return s / 4;
    }

    /** Returns F1 of "related" (any of affirm, deny, discuss) against none. */
    double relatedF1() {
      int none = Stance.NONE.ordinal();
      double tp = 0;
      double fp = 0;
      double fn = 0;
      for (int g = 0; g < 4; g++) {
        for (int p = 0; p < 4; p++) {
          boolean gr = g != none;
          boolean pr = p != none;
          tp += gr && pr ? confusion[g][p] : 0;
          fp += !gr && pr ? confusion[g][p] : 0;
          fn += gr && !pr ? confusion[g][p] : 0;
        }
      }
      return 2 * tp / Math.max(1, 2 * tp + fp + fn);
    }

    /** Returns the FNC-1 score and its maximum (see ../shared/data/fnc-1/SOURCE.md). */
    double[] fncScore() {
      return fncScore(confusion);
    }

    static double[] fncScore(long[][] confusion) {
      int none = Stance.NONE.ordinal();
      double score = 0;
      double max = 0;
      for (int g = 0; g < 4; g++) {
        for (int p = 0; p < 4; p++) {
          long n = confusion[g][p];
          double s = 0;
          if (g == p) {
            s += 0.25;
            if (g != none) {
              s += 0.5;
            }
          }
          if (g != none && p != none) {
            s += 0.25;
          }
          score += s * n;
        }
        max += (g == none ? 0.25 : 1.0) * sum(confusion[g]);
      }
      return new double[] {score, max};
    }

    private static long sum(long[] r) {
      long n = 0;
      for (long v : r) {
        n += v;
      }
      return n;
    }

    long total() {
      long n = 0;
      for (int c = 0; c < 4; c++) {
        n += row(c);
      }
      return n;
    }

    String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %8s%n", "class", "precision",
          "recall", "f1", "support"));
      for (Stance s : Stance.values()) {
        int c = s.ordinal();
        b.append(String.format(Locale.ROOT, "%-9s %9.4f %9.4f %9.4f %8d%n", s.label(),
            precision(c), recall(c), f1(c), row(c)));
      }
      double[] fnc = fncScore();
      long correct = 0;
      for (int c = 0; c < 4; c++) {
        correct += confusion[c][c];
      }
      b.append(String.format(Locale.ROOT, "macro-F1 %.4f  accuracy %.4f  related-vs-unrelated F1 "
          + "%.4f  disagree(deny) F1 %.4f%n", macroF1(), correct / (double) Math.max(1, total()),
          relatedF1(), f1(Stance.DENY.ordinal())));
      b.append(String.format(Locale.ROOT, "FNC-1 score %.2f of %.2f (%.2f %%)%n", fnc[0], fnc[1],
          100 * fnc[0] / Math.max(1e-9, fnc[1])));
      b.append("confusion (rows gold, columns predicted: affirm deny discuss none)\n");
      for (Stance s : Stance.values()) {
        long[] r = confusion[s.ordinal()];
        b.append(String.format(Locale.ROOT, "%-9s %7d %7d %7d %7d%n", s.label(), r[0], r[1], r[2],
            r[3]));
      }
      return b.toString();
    }
  }
}
