package org.ackgap.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores predicted attributions (the CSV of {@code ackgap attributions}) against a PolNeAR split,
 * by the measure of ../shared/data/polnear/SOURCE.md.
 *
 * <p>Per article, predictions and gold attributions are matched one to one in order of position:
 * each prediction, by cue start, takes the first gold attribution not yet taken whose cue overlaps
 * its cue. Cue P/R/F1 count those matches. Cue+source counts the matches whose source spans also
 * overlap, where the gold attribution has a source (a gold attribution without one needs the cue
 * only). Content token F1 is pooled over the matched pairs: the tokens (runs of letters and
 * digits) inside both content spans, over those inside each.
 *
 * <p>Usage: {@code PolnearScore SPLIT_DIR PREDICTIONS.csv}
 */
public final class PolnearScore {

  /** The scores of one run. */
  public record Scores(int gold, int predicted, int cueMatches, int sourceMatches,
      long contentOverlap, long contentPredicted, long contentGold) {

    public double cueP() {
      return ratio(cueMatches, predicted);
    }

    public double cueR() {
      return ratio(cueMatches, gold);
    }

    public double cueF1() {
      return f1(cueP(), cueR());
    }

    public double sourceP() {
      return ratio(sourceMatches, predicted);
    }

    public double sourceR() {
      return ratio(sourceMatches, gold);
    }

    public double sourceF1() {
      return f1(sourceP(), sourceR());
    }

    public double contentP() {
      return ratio(contentOverlap, contentPredicted);
    }

    public double contentR() {
      return ratio(contentOverlap, contentGold);
    }

    public double contentF1() {
      return f1(contentP(), contentR());
    }

    private static double ratio(double a, double b) {
      return b == 0 ? 0 : a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Prints the block of numbers. */
    public void print(PrintStream out) {
      out.printf("articles scored: gold attributions %d, predicted %d%n", gold, predicted);
      out.printf("cue          P %.3f  R %.3f  F1 %.3f%n", cueP(), cueR(), cueF1());
      out.printf("cue+source   P %.3f  R %.3f  F1 %.3f%n", sourceP(), sourceR(), sourceF1());
      out.printf("content tok  P %.3f  R %.3f  F1 %.3f  (over %d matched pairs)%n", contentP(),
          contentR(), contentF1(), cueMatches);
    }
  }

  /** One predicted attribution in code points; source -1 when absent. */
  public record Predicted(int sourceStart, int sourceEnd, int cueStart, int cueEnd,
      int contentStart, int contentEnd) {}

  private PolnearScore() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PolnearScore SPLIT_DIR PREDICTIONS.csv");
      System.exit(2);
    }
    List<Polnear.Article> articles = Polnear.read(Path.of(args[0]));
    Map<String, List<Predicted>> predicted = readPredictions(Path.of(args[1]));
    score(articles, predicted).print(System.out);
  }

  /** Reads the attributions command's CSV, keyed by article name (file name less .txt). */
  public static Map<String, List<Predicted>> readPredictions(Path csv) throws IOException {
    Map<String, List<Predicted>> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(r)) {
        String file = Path.of(rec.get("file")).getFileName().toString()
            .replaceFirst("\\.txt$", "");
        out.computeIfAbsent(file, k -> new ArrayList<>()).add(new Predicted(
            num(rec.get("source_start")), num(rec.get("source_end")), num(rec.get("cue_start")),
            num(rec.get("cue_end")), num(rec.get("content_start")), num(rec.get("content_end"))));
      }
    }
    return out;
  }

  private static int num(String s) {
    return s.isEmpty() ? -1 : Integer.parseInt(s);
  }

  /** Scores predictions against every article of a split. */
  public static Scores score(List<Polnear.Article> articles, Map<String, List<Predicted>> preds) {
    int gold = 0;
    int predicted = 0;
    int cue = 0;
    int source = 0;
    long both = 0;
    long inPred = 0;
    long inGold = 0;
    for (Polnear.Article a : articles) {
      List<Polnear.Gold> g = a.attributions();
      List<Predicted> p = new ArrayList<>(preds.getOrDefault(a.name(), List.of()));
      p.sort((x, y) -> Integer.compare(x.cueStart(), y.cueStart()));
      gold += g.size();
      predicted += p.size();
      int[] tokenAt = tokenStarts(a.text());
      boolean[] taken = new boolean[g.size()];
      for (Predicted x : p) {
        for (int k = 0; k < g.size(); k++) {
          Polnear.Gold y = g.get(k);
          if (taken[k] || !y.cue().overlaps(x.cueStart(), x.cueEnd())) {
            continue;
          }
          taken[k] = true;
          cue++;
          if (y.source() == null
              || x.sourceStart() >= 0 && y.source().overlaps(x.sourceStart(), x.sourceEnd())) {
            source++;
          }
          Set<Integer> gt = tokens(tokenAt, y.content());
          Set<Integer> pt = tokens(tokenAt, x.contentStart(), x.contentEnd());
          inGold += gt.size();
          inPred += pt.size();
          pt.retainAll(gt);
          both += pt.size();
          break;
        }
      }
    }
    return new Scores(gold, predicted, cue, source, both, inPred, inGold);
  }

  /** For each code point: the start of the token it belongs to, or -1 outside tokens. */
  private static int[] tokenStarts(String text) {
    int[] cps = text.codePoints().toArray();
    int[] at = new int[cps.length];
    int start = -1;
    for (int i = 0; i < cps.length; i++) {
      if (Character.isLetterOrDigit(cps[i])) {
        if (start < 0) {
          start = i;
        }
        at[i] = start;
      } else {
        start = -1;
        at[i] = -1;
      }
    }
    return at;
  }

  private static Set<Integer> tokens(int[] tokenAt, Polnear.Span span) {
    Set<Integer> out = new HashSet<>();
    if (span != null) {
      for (int[] p : span.pieces()) {
        out.addAll(tokens(tokenAt, p[0], p[1]));
      }
    }
    return out;
  }

  private static Set<Integer> tokens(int[] tokenAt, int s, int e) {
    Set<Integer> out = new HashSet<>();
    for (int i = Math.max(0, s); i < Math.min(e, tokenAt.length); i++) {
      if (tokenAt[i] >= 0) {
        out.add(tokenAt[i]);
      }
    }
    return out;
  }
}
