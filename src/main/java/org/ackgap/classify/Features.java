package org.ackgap.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features the learned model reads for one (claim, text) pair: dense similarity features
 * (TF-IDF cosine, IDF-weighted claim coverage overall, in the lead and in the best sentence,
 * shared bigrams), each also cut into bins so a linear model can bend; cue counts overall and in
 * the sentences that cover the claim; the cue rules' own decision; and hashed stems of the text,
 * of the claim-covering sentences and of the claim.
 */
final class Features {

  /** Dense similarity features, the only ones the relatedness stage reads. */
  static final String[] SIM = {"cosine", "coverage", "lead_coverage", "best_sentence",
      "bigrams", "shared_share", "length"};
  static final int BINS = 10;
  /** Index where the stance-only dense features begin. */
  static final int SIM_DIM = SIM.length * (1 + BINS) + 1;
  static final Cue[] COUNTED = {Cue.DENY, Cue.DEFLECT, Cue.HEDGE, Cue.AFFIRM, Cue.CORRECTIVE,
      Cue.ATTRIBUTION, Cue.SPEECH};
  /** Per counted cue: body count, focus count, negated focus count, in claim; plus rules. */
  static final int CUE_BASE = SIM_DIM;
  static final int RULE_BASE = CUE_BASE + COUNTED.length * 4;
  static final int QUESTION = RULE_BASE + 8;
  static final int DENSE = QUESTION + 2;
  static final int HASH_BITS = 18;
  static final int DIM = DENSE + (1 << HASH_BITS);

  private final double[] sim = new double[SIM.length];
  private final boolean[] focus;
  private Vec vec;
  private final Vec simVec = new Vec();
  private Tokens claimTokens;
  private List<Lexicon.CueHit> claimCues;
  private Tokens body;
  private Bag bag;

  private Features(boolean[] focus) {
    this.focus = focus;
  }

  /** Computes the features of {@code body} against a claim. */
  static Features of(Bag claim, Tokens claimTokens, List<Lexicon.CueHit> claimCues, Tokens body,
      Idf idf) {
    Bag bag = Bag.of(body);
    ClaimStats cs = ClaimStats.of(claim, claimTokens, idf);
    Map<String, Integer> slot = cs.slot;
    double[] w = cs.weight;
    double total = cs.total;
    int sentences = Math.max(1, body.sentences());
    long[] mask = new long[sentences];
    long all = 0;
    for (int i = 0; i < body.size(); i++) {
      String s = bag.stemAt[i];
      if (s != null) {
        Integer k = slot.get(s);
        if (k != null) {
          mask[body.sentence(i)] |= 1L << k;
          all |= 1L << k;
        }
      }
    }
    double[] cov = new double[sentences];
    double best = 0;
    for (int s = 0; s < sentences; s++) {
      cov[s] = covered(mask[s], w, total);
      best = Math.max(best, cov[s]);
    }
    long lead = mask[0] | (sentences > 1 ? mask[1] : 0);
    boolean[] focus = new boolean[sentences];
    boolean any = false;
    for (int s = 0; s < sentences; s++) {
      focus[s] = cov[s] > 0 && cov[s] >= Math.max(0.2, 0.6 * best);
      any |= focus[s];
    }
    if (!any) {
      focus[0] = true;
    }
    Features f = new Features(focus);
    f.claimTokens = claimTokens;
    f.claimCues = claimCues;
    f.body = body;
    f.bag = bag;
    f.sim[0] = Bag.cosine(claim, bag, idf);
    f.sim[1] = covered(all, w, total);
    f.sim[2] = covered(lead, w, total);
    f.sim[3] = best;
    f.sim[4] = bigrams(cs.bigrams, body, bag);
    f.sim[5] = slot.isEmpty() ? 0 : Long.bitCount(all) / (double) slot.size();
    f.sim[6] = Math.min(1.0, Math.log1p(body.size()) / 8.0);
    for (int i = 0; i < SIM.length; i++) {
      double v = f.sim[i];
      int bin = Math.min(BINS - 1, (int) (v * BINS));
      f.simVec.add(i, v, SIM[i]);
      f.simVec.add(SIM.length + i * BINS + bin, 1, SIM[i] + "≈" + bin);
    }
    f.simVec.add(SIM_DIM - 1, 1, "bias");
    return f;
  }

  private static double covered(long mask, double[] w, double total) {
    if (total == 0) {
      return 0;
    }
    double hit = 0;
    for (long m = mask; m != 0; m &= m - 1) {
      hit += w[Long.numberOfTrailingZeros(m)];
    }
    return hit / total;
  }

  private static double bigrams(java.util.Set<Long> pairs, Tokens body, Bag bag) {
    if (pairs.isEmpty()) {
      return 0;
    }
    String prev;
    java.util.Set<Long> found = new java.util.HashSet<>();
    prev = null;
    for (int i = 0; i < body.size(); i++) {
      String s = bag.stemAt[i];
      if (s != null) {
        if (prev != null) {
          long p = pair(prev, s);
          if (pairs.contains(p)) {
            found.add(p);
          }
        }
        prev = s;
      }
    }
    return found.size() / (double) pairs.size();
  }

  /** What the similarity features need of a claim, computed once per claim. */
  static final class ClaimStats {
    final Map<String, Integer> slot = new HashMap<>();
    final double[] weight = new double[64];
    double total;
    final java.util.Set<Long> bigrams = new java.util.HashSet<>();
    private Idf idf;

    static ClaimStats of(Bag claim, Tokens claimTokens, Idf idf) {
      ClaimStats cs = claim.stats;
      if (cs != null && cs.idf == idf) {
        return cs;
      }
      cs = new ClaimStats();
      cs.idf = idf;
      for (String s : claim.counts.keySet()) {
        if (cs.slot.size() == 64) {
          break;
        }
        cs.weight[cs.slot.size()] = idf.of(s);
        cs.total += cs.weight[cs.slot.size()];
        cs.slot.put(s, cs.slot.size());
      }
      String prev = null;
      for (int i = 0; i < claimTokens.size(); i++) {
        String s = claim.stemAt[i];
        if (s != null) {
          if (prev != null) {
            cs.bigrams.add(pair(prev, s));
          }
          prev = s;
        }
      }
      claim.stats = cs;
      return cs;
    }
  }

  private static long pair(String a, String b) {
    return ((long) a.hashCode() << 32) ^ (b.hashCode() & 0xffffffffL);
  }

  private void stance(List<Lexicon.CueHit> cues) {
    vec = new Vec();
    for (int i = 0; i < simVec.size; i++) {
      vec.add(simVec.idx[i], simVec.val[i], simVec.name[i]);
    }
    int[] bodyCount = new int[Cue.values().length];
    int[] focusCount = new int[bodyCount.length];
    int[] negCount = new int[bodyCount.length];
    for (Lexicon.CueHit h : cues) {
      int c = h.cue().ordinal();
      bodyCount[c]++;
      if (focus[h.sentence()]) {
        if (h.negated()) {
          negCount[c]++;
        } else {
          focusCount[c]++;
        }
      }
    }
    int[] claimCount = new int[bodyCount.length];
    for (Lexicon.CueHit h : claimCues) {
      if (!h.negated()) {
        claimCount[h.cue().ordinal()]++;
      }
    }
    for (int k = 0; k < COUNTED.length; k++) {
      int c = COUNTED[k].ordinal();
      String n = COUNTED[k].label();
      vec.add(CUE_BASE + k * 4, Math.log1p(bodyCount[c]), n + " cues in text");
      vec.add(CUE_BASE + k * 4 + 1, Math.log1p(focusCount[c]), n + " cues near claim");
      vec.add(CUE_BASE + k * 4 + 2, Math.log1p(negCount[c]), "negated " + n + " near claim");
      vec.add(CUE_BASE + k * 4 + 3, claimCount[c] > 0 ? 1 : 0, n + " cue in claim");
    }
    CueRules.Decision d = CueRules.decide(body, cues, focus);
    int rule = d.stance().ordinal() * 2 + d.strength().ordinal();
    vec.add(RULE_BASE + rule, 1, "rule " + d.evidence());
    boolean question = false;
    for (int s = 0; s < claimTokens.sentences(); s++) {
      question |= claimTokens.isQuestion(s);
    }
    vec.add(QUESTION, question ? 1 : 0, "claim is a question");
    // hashed stems: the whole text, the sentences near the claim, the claim, cue crosses
    int distinct = bag.counts.size();
    double bw = distinct == 0 ? 0 : 1 / Math.sqrt(distinct);
    for (String s : bag.counts.keySet()) {
      vec.add(hash('b', s), bw, s);
    }
    Map<String, Boolean> near = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      if (bag.stemAt[i] != null && focus[body.sentence(i)]) {
        near.put(bag.stemAt[i], Boolean.TRUE);
      }
    }
    double fw = near.isEmpty() ? 0 : 1 / Math.sqrt(near.size());
    for (String s : near.keySet()) {
      vec.add(hash('f', s), fw, s + " (near claim)");
    }
    for (int k = 0; k < COUNTED.length; k++) {
      if (claimCount[COUNTED[k].ordinal()] == 0) {
        continue;
      }
      for (int j = 0; j < COUNTED.length; j++) {
        if (focusCount[COUNTED[j].ordinal()] > 0) {
          String n = "claim " + COUNTED[k].label() + " x text " + COUNTED[j].label();
          vec.add(hash('x', n), 1, n);
        }
      }
    }
  }

  static int hash(char ns, String s) {
    int h = s.hashCode() * 0x9E3779B1 + ns * 0x85EBCA6B;
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    h ^= h >>> 13;
    return DENSE + (h & ((1 << HASH_BITS) - 1));
  }

  /** Returns every feature, for the stance stage, given the text's cues (computed once). */
  Vec all(List<Lexicon.CueHit> cues) {
    if (vec == null) {
      stance(cues);
    }
    return vec;
  }

  /** Returns the similarity features only, for the relatedness stage. */
  Vec similarity() {
    return simVec;
  }

  boolean[] focus() {
    return focus;
  }

  double coverage() {
    return sim[1];
  }

  String similarityEvidence() {
    return String.format(Locale.ROOT, "claim coverage %.2f, cosine %.2f", sim[1], sim[0]);
  }
}
