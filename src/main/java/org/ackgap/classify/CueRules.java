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
    List<Lexicon.CueHit> hits = new ArrayList<>(all.size());
    for (Lexicon.CueHit h : all) {
      if (!insideTerm(h, terms) && !isMonth(t, h)) {
        hits.add(h);
      }
    }
    List<Lexicon.CueHit> deny = new ArrayList<>();
    List<Lexicon.CueHit> negDeny = new ArrayList<>();
    List<Lexicon.CueHit> affirm = new ArrayList<>();
    List<Lexicon.CueHit> negAffirm = new ArrayList<>();
    List<Lexicon.CueHit> hedge = new ArrayList<>();
    List<Lexicon.CueHit> deflect = new ArrayList<>();
    List<Lexicon.CueHit> relay = new ArrayList<>();
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
        case DENY, DISMISS -> (h.negated() ? negDeny : deny).add(h);
        case AFFIRM -> (h.negated() ? negAffirm : affirm).add(h);
        case HEDGE, DOUBT -> {
          if (!h.negated()) {
            hedge.add(h);
          }
        }
        case DEFLECT, EVADE -> deflect.add(h);
        case ATTRIBUTION, RELAY -> relay.add(h);
        case SPEECH -> speech.add(h);
        default -> { }
      }
    }
    String negatedTerm = negatedTerm(t, hits, terms, focus);
    if (!deny.isEmpty() || negatedTerm != null) {
      if (!deny.isEmpty()) {
        String inner = deniedNegation(t, hits, deny);
        if (inner != null) {
          return new Decision(Stance.AFFIRM, 0.65, "denies a negation: " + quote(deny) + " … \""
              + inner + "\"", Strength.CUE);
        }
        Lexicon.CueHit correction = correction(hits, deny);
        if (correction != null) {
          return new Decision(Stance.AFFIRM, 0.65,
              "corrects a counter-report: " + quote(deny) + " … \"" + correction.phrase() + "\"",
              Strength.CUE);
        }
      }
      int n = deny.size() + (negatedTerm == null ? 0 : 1);
      String why = deny.isEmpty() ? "" : quote(deny);
      if (negatedTerm != null) {
        why = (why.isEmpty() ? "" : why + ", ") + "\"" + negatedTerm + "\"";
      }
      return new Decision(Stance.DENY, Math.min(0.95, 0.7 + 0.08 * (n - 1)), "denies: " + why,
          Strength.CUE);
    }
    if (!deflect.isEmpty()) {
      return new Decision(Stance.DISCUSS, 0.8, "deflects: " + quote(deflect), Strength.CUE);
    }
    if (question) {
      return new Decision(Stance.DISCUSS, 0.7, "asks a question", Strength.CUE);
    }
    if (!negAffirm.isEmpty() || !negDeny.isEmpty()) {
      List<Lexicon.CueHit> neg = new ArrayList<>(negAffirm);
      neg.addAll(negDeny);
      return new Decision(Stance.DISCUSS, 0.7, "neither confirms nor denies: negated "
          + quote(neg), Strength.CUE);
    }
    if (!affirm.isEmpty()) {
      if (!relay.isEmpty() || !hedge.isEmpty()) {
        List<Lexicon.CueHit> why = new ArrayList<>(relay);
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
    if (!relay.isEmpty()) {
      return new Decision(Stance.DISCUSS, 0.6, "relays others' words: " + quote(relay),
          Strength.DEFAULT);
    }
    if (!speech.isEmpty()) {
      return new Decision(Stance.AFFIRM, 0.55, "asserts it: " + quote(speech), Strength.DEFAULT);
    }
    return new Decision(Stance.AFFIRM, 0.5, "asserts the claim without qualification",
        Strength.DEFAULT);
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
  private static String deniedNegation(Tokens t, List<Lexicon.CueHit> hits,
      List<Lexicon.CueHit> deny) {
    String found = null;
    for (Lexicon.CueHit d : deny) {
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
