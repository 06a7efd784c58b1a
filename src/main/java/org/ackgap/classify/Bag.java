package org.ackgap.classify;

import java.util.HashMap;
import java.util.Map;

/**
 * The content stems of a text with their counts, and the TF-IDF measures between two bags that
 * topic matching and the learned model share.
 */
final class Bag {

  final Map<String, Integer> counts;
  final String[] stemAt;
  private volatile double norm = -1;
  /** The claim-side statistics of this bag when it is a claim; immutable once set. */
  volatile Features.ClaimStats stats;

  private Bag(Map<String, Integer> counts, String[] stemAt) {
    this.counts = counts;
    this.stemAt = stemAt;
  }

  /** Returns the bag of a token stream; {@code stemAt[i]} is token i's stem, null for stop words. */
  static Bag of(Tokens t) {
    Map<String, Integer> c = new HashMap<>(Math.max(16, t.size()));
    String[] at = new String[t.size()];
    for (int i = 0; i < t.size(); i++) {
      String w = t.word(i);
      if (Stems.content(w)) {
        String s = Stems.of(w);
        at[i] = s;
        c.merge(s, 1, Integer::sum);
      }
    }
    return new Bag(c, at);
  }

  /** Returns the TF-IDF norm, with sub-linear term frequency. */
  double norm(Idf idf) {
    if (norm < 0) {
      double n = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        double w = tf(e.getValue()) * idf.of(e.getKey());
        n += w * w;
      }
      norm = Math.sqrt(n);
    }
    return norm;
  }

  /** Returns the TF-IDF cosine of two bags, 0 when either is empty. */
  static double cosine(Bag a, Bag b, Idf idf) {
    Bag small = a.counts.size() <= b.counts.size() ? a : b;
    Bag large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Integer> e : small.counts.entrySet()) {
      Integer o = large.counts.get(e.getKey());
      if (o != null) {
        double w = idf.of(e.getKey());
        dot += tf(e.getValue()) * tf(o) * w * w;
      }
    }
    double n = a.norm(idf) * b.norm(idf);
    return n == 0 ? 0 : dot / n;
  }

  /** Returns the IDF-weighted share of {@code claim}'s stems that {@code text} contains. */
  static double coverage(Bag claim, Bag text, Idf idf) {
    double all = 0;
    double hit = 0;
    for (String s : claim.counts.keySet()) {
      double w = idf.of(s);
      all += w;
      if (text.counts.containsKey(s)) {
        hit += w;
      }
    }
    return all == 0 ? 0 : hit / all;
  }

  static double tf(int count) {
    return 1 + Math.log(count);
  }

  Map<String, Integer> asMap() {
    return new HashMap<>(counts);
  }
}
