package org.ackgap.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ackgap.Stance;

/**
 * Decides a stance from the cues in the sentences that mention the claim, in a fixed order of
 * precedence (docs/classifier.md): denial (unless corrected), deflection, question, negated
 * confirmation or denial, confirmation (unless attributed to others), hedging, reported speech,
 * and finally a bare assertion.
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
      Lexicon.CueHit correction = correction(hits, deny);
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
   * Returns the corrective cue that follows a denial in a later clause of the same or the next
   * sentence ("reports of a withdrawal were not accurate; they remain in combat"), or null.
   */
  private static Lexicon.CueHit correction(List<Lexicon.CueHit> hits, List<Lexicon.CueHit> deny) {
    Lexicon.CueHit last = deny.get(deny.size() - 1);
    for (Lexicon.CueHit h : hits) {
      if (h.cue() == Cue.CORRECTIVE && h.start() > last.end() && h.clause() != last.clause()
          && h.sentence() - last.sentence() <= 1) {
        return h;
      }
    }
    return null;
  }

  static String quote(List<Lexicon.CueHit> hits) {
    Set<String> seen = new LinkedHashSet<>();
    for (Lexicon.CueHit h : hits) {
      seen.add((h.negated() ? "not " : "") + "\"" + h.phrase() + "\"");
      if (seen.size() == 4) {
        break;
      }
    }
    return String.join(", ", seen);
  }
}
