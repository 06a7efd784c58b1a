package org.ackgap.classify;

import java.util.ArrayList;
import java.util.List;
import org.ackgap.Stance;

/**
 * Decides a stance from the cues in the sentences that mention the claim, in a fixed order of
 * precedence (docs/classifier.md).
 *
 * <p>Two readings. {@link #statement} reads a short analyst-style statement about a topic with
 * terms: the source's own words, so a plain "said" asserts the claim. {@link #decide} is the
 * reading the learned model was trained with (one of its features, also used for short FNC-1
 * texts): there a bare reporting verb means reported speech. It is kept as it was, so the model's
 * features do not shift; changing it means retraining (scripts/train).
 */
final class CueRules {

  private CueRules() {}

  /** How clear the decision is: a cue decided it, or only the absence of cues did. */
  enum Strength { CUE, DEFAULT }

  /** A rule's decision, with the cues that made it. */
  record Decision(Stance stance, double confidence, String evidence, Strength strength) {
    Judgement judgement(String prefix) {
      String e = prefix.isEmpty() ? evidence : prefix + "; " + evidence;
      return new Judgement(stance, confidence, e);
    }
  }

  /**
   * Returns the decision for the cues that fall in the {@code focus} sentences.
   *
   * @param t the text's tokens
   * @param hits every cue in the text
   * @param focus which sentences mention the claim
   */
  static Decision decide(Tokens t, List<Lexicon.CueHit> hits, boolean[] focus) {
    List<Lexicon.CueHit> deny = new ArrayList<>();
    List<Lexicon.CueHit> negDeny = new ArrayList<>();
    List<Lexicon.CueHit> affirm = new ArrayList<>();
    List<Lexicon.CueHit> negAffirm = new ArrayList<>();
    List<Lexicon.CueHit> hedge = new ArrayList<>();
    List<Lexicon.CueHit> deflect = new ArrayList<>();
    List<Lexicon.CueHit> attribution = new ArrayList<>();
    List<Lexicon.CueHit> speech = new ArrayList<>();
    boolean question = false;
    for (int s = 0; s < focus.length; s++) {
      question |= focus[s] && t.isQuestion(s);
    }
    for (Lexicon.CueHit h : hits) {
      if (h.sentence() >= focus.length || !focus[h.sentence()]) {
        continue;
      }
      switch (h.cue()) {
        case DENY -> (h.negated() ? negDeny : deny).add(h);
        case AFFIRM -> (h.negated() ? negAffirm : affirm).add(h);
        case HEDGE -> {
          if (!h.negated()) {
            hedge.add(h);
          }
        }
        case DEFLECT -> deflect.add(h);
        case ATTRIBUTION -> attribution.add(h);
        case SPEECH -> speech.add(h);
        default -> { }
      }
    }
    if (!deny.isEmpty()) {
      Lexicon.CueHit correction = correction(hits, deny.get(deny.size() - 1));
      if (correction != null) {
        return new Decision(Stance.AFFIRM, 0.65,
            "corrects a counter-report: " + quote(deny) + " … \"" + correction.phrase() + "\"",
            Strength.CUE);
      }
      return new Decision(Stance.DENY, Math.min(0.95, 0.7 + 0.08 * (deny.size() - 1)),
          "denies: " + quote(deny), Strength.CUE);
    }
    if (!deflect.isEmpty()) {
      return new Decision(Stance.DISCUSS, 0.8, "deflects: " + quote(deflect), Strength.CUE);
    }
    if (question) {
      return new Decision(Stance.DISCUSS, 0.7, "asks a question", Strength.CUE);
    }
    if (!negAffirm.isEmpty() || !negDeny.isEmpty()) {
      List<Lexicon.CueHit> all = new ArrayList<>(negAffirm);
      all.addAll(negDeny);
      return new Decision(Stance.DISCUSS, 0.7, "neither confirms nor denies: negated "
          + quote(all), Strength.CUE);
    }
    if (!affirm.isEmpty()) {
      if (!attribution.isEmpty() || !hedge.isEmpty()) {
        List<Lexicon.CueHit> why = new ArrayList<>(attribution);
        why.addAll(hedge);
        return new Decision(Stance.DISCUSS, 0.65,
            "reports others' confirmation: " + quote(why) + " + " + quote(affirm), Strength.CUE);
      }
      return new Decision(Stance.AFFIRM, Math.min(0.95, 0.75 + 0.05 * (affirm.size() - 1)),
          "confirms: " + quote(affirm), Strength.CUE);
    }
    if (!hedge.isEmpty()) {
      return new Decision(Stance.DISCUSS, 0.75, "hedges: " + quote(hedge), Strength.CUE);
    }
    if (!attribution.isEmpty() || !speech.isEmpty()) {
      List<Lexicon.CueHit> why = new ArrayList<>(attribution);
      why.addAll(speech);
      return new Decision(Stance.DISCUSS, 0.55, "reports others' words: " + quote(why),
          Strength.DEFAULT);
    }
    return new Decision(Stance.AFFIRM, 0.5, "asserts the claim without qualification",
        Strength.DEFAULT);
  }

  /**
   * Returns the decision for a short statement on a topic with terms. Cues inside a matched
   * claim term are not cues ("issued fake IDs" is no denial of the term "fake ID*"). Precedence:
   * a denial, dismissal or negated claim term ("no North Korean troops", "военных КНДР нет") →
   * deny, unless it denies a negation ("denied that they had not fought") or a corrective cue
   * follows ("… were not accurate; they remain") → affirm; an evasion → discuss; a question →
   * discuss; a negated confirmation or denial → discuss; a confirmation → affirm unless relayed or
   * hedged; a hedge → discuss; relayed words ("according to", "со ссылкой на") → discuss; a plain
   * speech verb → affirm (the speaker asserts it); nothing → affirm (weak).
   *
   * @param t the text's tokens
   * @param all every cue in the text
   * @param focus which sentences mention the claim
   * @param terms the claim terms found in the text
   */
  static Decision statement(Tokens t, List<Lexicon.CueHit> all, boolean[] focus,
      TermHits terms) {
    // the cues that count: all of them, unless some lie inside a claim term or are the month May
    List<Lexicon.CueHit> hits = all;
    for (Lexicon.CueHit h : all) {
      if (insideTerm(h, terms) || isMonth(t, h)) {
        hits = new ArrayList<>(all.size());
        for (Lexicon.CueHit k : all) {
          if (!insideTerm(k, terms) && !isMonth(t, k)) {
            hits.add(k);
          }
        }
        break;
      }
    }
    // each cue's kind, and how many of each kind the focus sentences hold
    byte[] kinds = new byte[hits.size()];
    int[] count = new int[KINDS];
    for (int i = 0; i < kinds.length; i++) {
      int kind = kind(hits.get(i), focus);
      kinds[i] = (byte) kind;
      if (kind >= 0) {
        count[kind]++;
      }
    }
    boolean question = false;
    for (int s = 0; s < focus.length; s++) {
      question |= focus[s] && t.isQuestion(s);
    }
    String negatedTerm = negatedTerm(t, hits, terms, focus);
    if (count[DENIAL] > 0 || negatedTerm != null) {
      return denial(t, hits, kinds, count[DENIAL], negatedTerm);
    }
    // The other rules, by precedence, each naming the kinds of cue it quotes. The evidence is
    // built in one place below: the rules differ in a few constants, not in code.
    Stance stance;
    double confidence;
    String says;
    int kind;
    int more = -1;
    Strength strength = Strength.CUE;
    if (count[DEFLECTION] > 0) {
      stance = Stance.DISCUSS;
      confidence = 0.8;
      says = "deflects: ";
      kind = DEFLECTION;
    } else if (question) {
      return new Decision(Stance.DISCUSS, 0.7, "asks a question", Strength.CUE);
    } else if (count[NEGATED_AFFIRMATION] > 0 || count[NEGATED_DENIAL] > 0) {
      stance = Stance.DISCUSS;
      confidence = 0.7;
      says = "neither confirms nor denies: negated ";
      kind = NEGATED_AFFIRMATION;
      more = NEGATED_DENIAL;
    } else if (count[AFFIRMATION] > 0 && (count[RELAYED] > 0 || count[HEDGING] > 0)) {
      return new Decision(Stance.DISCUSS, 0.65, "reports others' confirmation: "
          + quote(hits, kinds, RELAYED, HEDGING) + " + " + quote(hits, kinds, AFFIRMATION, -1),
          Strength.CUE);
    } else if (count[AFFIRMATION] > 0) {
      stance = Stance.AFFIRM;
      confidence = Math.min(0.95, 0.75 + 0.05 * (count[AFFIRMATION] - 1));
      says = "confirms: ";
      kind = AFFIRMATION;
    } else if (count[HEDGING] > 0) {
      stance = Stance.DISCUSS;
      confidence = 0.75;
      says = "hedges: ";
      kind = HEDGING;
    } else if (count[RELAYED] > 0) {
      stance = Stance.DISCUSS;
      confidence = 0.6;
      says = "relays others' words: ";
      kind = RELAYED;
      strength = Strength.DEFAULT;
    } else if (count[SPEECH] > 0) {
      stance = Stance.AFFIRM;
      confidence = 0.55;
      says = "asserts it: ";
      kind = SPEECH;
      strength = Strength.DEFAULT;
    } else {
      return new Decision(Stance.AFFIRM, 0.5, "asserts the claim without qualification",
          Strength.DEFAULT);
    }
    return new Decision(stance, confidence, says + quote(hits, kinds, kind, more), strength);
  }

  /**
   * The first rule of {@link #statement}: a denial in the focus, or a negated claim term. A
   * denial of a negation, or one that a corrective cue follows, affirms.
   */
  private static Decision denial(Tokens t, List<Lexicon.CueHit> hits, byte[] kinds, int denials,
      String negatedTerm) {
    String quoted = denials == 0 ? "" : quote(hits, kinds, DENIAL, -1);
    if (denials > 0) {
      String inner = deniedNegation(t, hits, kinds);
      if (inner != null) {
        return new Decision(Stance.AFFIRM, 0.65, "denies a negation: " + quoted + " … \""
            + inner + "\"", Strength.CUE);
      }
      Lexicon.CueHit correction = correction(hits, kinds);
      if (correction != null) {
        return new Decision(Stance.AFFIRM, 0.65,
            "corrects a counter-report: " + quoted + " … \"" + correction.phrase() + "\"",
            Strength.CUE);
      }
    }
    int n = denials + (negatedTerm == null ? 0 : 1);
    String why = quoted;
    if (negatedTerm != null) {
      why = (why.isEmpty() ? "" : why + ", ") + "\"" + negatedTerm + "\"";
    }
    return new Decision(Stance.DENY, Math.min(0.95, 0.7 + 0.08 * (n - 1)), "denies: " + why,
        Strength.CUE);
  }

  /** The kinds of cue {@link #statement} weighs, by {@link #kind}. */
  private static final int DENIAL = 0;
  private static final int NEGATED_DENIAL = 1;
  private static final int AFFIRMATION = 2;
  private static final int NEGATED_AFFIRMATION = 3;
  private static final int HEDGING = 4;
  private static final int DEFLECTION = 5;
  private static final int RELAYED = 6;
  private static final int SPEECH = 7;
  private static final int KINDS = 8;

  /**
   * Returns the kind of a cue in a focus sentence as {@link #statement} weighs it, or -1 for a
   * cue outside the focus or of no weight there (a negated hedge, a negator, a corrective).
   */
  private static int kind(Lexicon.CueHit h, boolean[] focus) {
    if (h.sentence() >= focus.length || !focus[h.sentence()]) {
      return -1;
    }
    return switch (h.cue()) {
      case DENY, DISMISS -> h.negated() ? NEGATED_DENIAL : DENIAL;
      case AFFIRM -> h.negated() ? NEGATED_AFFIRMATION : AFFIRMATION;
      case HEDGE, DOUBT -> h.negated() ? -1 : HEDGING;
      case DEFLECT, EVADE -> DEFLECTION;
      case ATTRIBUTION, RELAY -> RELAYED;
      case SPEECH -> SPEECH;
      default -> -1;
    };
  }

  /**
   * Returns {@link #quote} of the cues of kind {@code a} in text order, then of those of kind
   * {@code b} (none when -1).
   */
  private static String quote(List<Lexicon.CueHit> hits, byte[] kinds, int a, int b) {
    List<Lexicon.CueHit> of = new ArrayList<>(4);
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == a) {
        of.add(hits.get(i));
      }
    }
    for (int i = 0; b >= 0 && i < kinds.length; i++) {
      if (kinds[i] == b) {
        of.add(hits.get(i));
      }
    }
    return quote(of);
  }

  /** Returns whether the cue lies (partly) inside a matched claim term. */
  private static boolean insideTerm(Lexicon.CueHit h, TermHits terms) {
    for (int k = 0; k < terms.size(); k++) {
      if (h.start() < terms.end(k) && terms.start(k) < h.end()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a "may" hedge is the month: a number stands next to it ("5 May 2024"). */
  private static boolean isMonth(Tokens t, Lexicon.CueHit h) {
    if (h.end() - h.start() != 1 || !t.is(h.start(), "may")) {
      return false;
    }
    return h.start() > 0 && t.startsWithDigit(h.start() - 1)
        || h.end() < t.size() && t.startsWithDigit(h.end());
  }

  /**
   * Returns the phrase that negates a claim term in a focus sentence, or null: a claim negator
   * right before it, at most one word between ("no North Korean troops", "никаких иранских
   * беспилотников"), or "нет" closing the term's clause ("военных КНДР в России нет").
   */
  private static String negatedTerm(Tokens t, List<Lexicon.CueHit> hits, TermHits terms,
      boolean[] focus) {
    for (int k = 0; k < terms.size(); k++) {
      int start = terms.start(k);
      int end = terms.end(k);
      int s = t.sentence(start);
      if (s >= focus.length || !focus[s]) {
        continue;
      }
      for (Lexicon.CueHit h : hits) {
        if (h.cue() == Cue.CLAIMNEG && h.end() <= start && start - h.end() <= 1
            && h.clause() == t.clause(start)) {
          return h.phrase() + " " + terms.name(k);
        }
      }
      int clause = t.clause(start);
      for (int i = end; i < t.size() && i <= end + 5; i++) {
        if (t.clause(i) != clause) {
          break;
        }
        boolean last = i + 1 >= t.size() || t.clause(i + 1) != clause || t.is(i + 1, "и");
        if (t.is(i, "нет") && last) {
          return terms.name(k) + " … нет";
        }
      }
    }
    return null;
  }

  /**
   * Returns the negator that a denial verb denies ("denied that the troops had not fought",
   * "отрицает, что военные КНДР не участвовали"): "that"/"что" right after the denial, then a
   * negator later in the same sentence. Null when there is none, or when another denial in the
   * text is not of this kind.
   */
  private static String deniedNegation(Tokens t, List<Lexicon.CueHit> hits, byte[] kinds) {
    String found = null;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != DENIAL) {
        continue;
      }
      Lexicon.CueHit d = hits.get(i);
      String inner = null;
      int that = d.end();
      if (that < t.size() && (t.is(that, "that") || t.is(that, "что"))) {
        for (Lexicon.CueHit h : hits) {
          if (h.cue() == Cue.NEGATOR && h.start() > that && h.sentence() == d.sentence()) {
            inner = h.phrase();
            break;
          }
        }
      }
      if (inner == null) {
        return null;
      }
      found = inner;
    }
    return found;
  }

  /**
   * Returns the corrective cue that follows the last focus denial in a later clause of the same or
   * the next sentence ("reports of a withdrawal were not accurate; they remain in combat"), or
   * null.
   */
  private static Lexicon.CueHit correction(List<Lexicon.CueHit> hits, byte[] kinds) {
    int at = kinds.length - 1;
    while (kinds[at] != DENIAL) {
      at--;
    }
    return correction(hits, hits.get(at));
  }

  /** Returns the corrective cue that follows the denial {@code last}, as above, or null. */
  private static Lexicon.CueHit correction(List<Lexicon.CueHit> hits, Lexicon.CueHit last) {
    for (Lexicon.CueHit h : hits) {
      if (h.cue() == Cue.CORRECTIVE && h.start() > last.end() && h.clause() != last.clause()
          && h.sentence() - last.sentence() <= 1) {
        return h;
      }
    }
    return null;
  }

  static String quote(List<Lexicon.CueHit> hits) {
    // the first four distinct quotes, in order: a quote is its phrase and whether it is negated
    Lexicon.CueHit[] kept = new Lexicon.CueHit[4];
    int n = 0;
    next:
    for (Lexicon.CueHit h : hits) {
      for (int k = 0; k < n; k++) {
        if (kept[k].negated() == h.negated() && kept[k].phrase().equals(h.phrase())) {
          continue next;
        }
      }
      kept[n++] = h;
      if (n == kept.length) {
        break;
      }
    }
    StringBuilder out = new StringBuilder(24 * n);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        out.append(", ");
      }
      out.append(kept[k].negated() ? "not \"" : "\"").append(kept[k].phrase()).append('"');
    }
    return out.toString();
  }
}
