package org.ackgap.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
   * claim term are not cues ("issued fake IDs" is no denial of the term "fake ID*"), nor are
   * denials inside a non-confirmation ("no evidence so far"), nor alternative-account words the
   * claim itself uses. A denial of the subjects' own words ("Iran is lying", "Moscow's claims are
   * false", "they say they sold none, but that is a lie") is the other side's denial: it confirms.
   * Precedence: a denial, dismissal, negated claim term or negated claim predicate → deny, unless
   * it denies a negation or a corrective cue follows → affirm; a non-confirmation → discuss; an
   * alternative account (another story, or another actor named as the one who did it), unless an
   * admission → deny; a denial of the subjects' words → affirm; an evasion → discuss; a question →
   * discuss; a negated confirmation or denial → discuss; a confirmation or admission → affirm
   * unless relayed or hedged; a hedge → discuss; a first-person speaker owning the act → affirm;
   * relayed words → discuss; a plain speech verb → affirm; nothing → affirm (weak).
   *
   * @param t the text's tokens
   * @param all every cue in the text
   * @param focus which sentences mention the claim
   * @param terms the claim terms found in the text
   * @param topic the topic's terms and claim (its subjects, the claim's stems)
   * @param lexicon where actors are looked up
   */
  static Decision statement(Tokens t, List<Lexicon.CueHit> all, boolean[] focus,
      TermHits terms, TopicTerms topic, Lexicon lexicon) {
    // the cues that count: all of them, unless some lie inside a claim term, are the month May,
    // lie inside a non-confirmation, or are alternative-account words of the claim itself
    List<Lexicon.CueHit> hits = all;
    for (Lexicon.CueHit h : all) {
      if (dropped(t, h, all, terms, topic)) {
        hits = new ArrayList<>(all.size());
        for (Lexicon.CueHit k : all) {
          if (!dropped(t, k, all, terms, topic)) {
            hits.add(k);
          }
        }
        break;
      }
    }
    // each cue's kind, and how many of each kind the focus sentences hold
    byte[] kinds = new byte[hits.size()];
    int[] count = new int[KINDS];
    boolean targeted = false;
    for (int i = 0; i < kinds.length; i++) {
      int kind = kind(hits.get(i), focus);
      kinds[i] = (byte) kind;
      if (kind >= 0) {
        count[kind]++;
      }
      targeted |= kind == DENIAL || kind == AGENCY;
    }
    // whose words the denials deny, and whom an agent phrase names: only for a topic whose
    // subjects the actor list knows
    List<Lexicon.Actor> actors = List.of();
    Set<String> subjects = Set.of();
    if (targeted && topic != null && lexicon != null) {
      Set<String> known = new HashSet<>();
      for (String code : topic.topic.subjects()) {
        if (lexicon.knowsActor(code)) {
          known.add(code);
        }
      }
      if (!known.isEmpty()) {
        subjects = known;
        actors = lexicon.actors(t);
      }
    }
    boolean[] flippedSentence = new boolean[Math.max(1, t.sentences())];
    List<Lexicon.CueHit> flipped = new ArrayList<>(2);
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == DENIAL && deniesOtherSide(t, hits, i, actors, subjects)) {
        kinds[i] = FLIPPED;
        count[DENIAL]--;
        count[FLIPPED]++;
        flipped.add(hits.get(i));
        flippedSentence[hits.get(i).sentence()] = true;
      }
    }
    boolean question = false;
    for (int s = 0; s < focus.length; s++) {
      question |= focus[s] && t.isQuestion(s);
    }
    String negatedTerm = negatedTerm(t, hits, terms, focus, flippedSentence);
    if (count[DENIAL] > 0 || negatedTerm != null) {
      return denial(t, hits, kinds, count[DENIAL], negatedTerm);
    }
    if (count[UNCONFIRMING] > 0) {
      return new Decision(Stance.DISCUSS, 0.75, "non-confirmation: "
          + quote(hits, kinds, UNCONFIRMING, -1), Strength.CUE);
    }
    String blamed = otherActor(t, hits, kinds, actors, subjects);
    // an admission outweighs the other story it mentions ("our troops stood behind the
    // self-defence forces")
    if (count[ADMISSION] == 0 && (count[ALTERNATE] > 0 || blamed != null)) {
      StringBuilder why = new StringBuilder("alternative account: ");
      for (int i = 0, n = 0; i < kinds.length; i++) {
        if (kinds[i] == ALTERNATE && !flippedSentence[hits.get(i).sentence()]) {
          why.append(n++ == 0 ? "\"" : ", \"").append(hits.get(i).phrase()).append('"');
        }
      }
      if (blamed != null) {
        why.append(why.charAt(why.length() - 1) == '"' ? ", " : "").append(blamed);
      }
      if (why.charAt(why.length() - 1) != ' ') {
        return new Decision(Stance.DENY, 0.7, why.toString(), Strength.CUE);
      }
    }
    if (count[FLIPPED] > 0) {
      return new Decision(Stance.AFFIRM, 0.7, "denied by the other side: " + quote(flipped),
          Strength.CUE);
    }
    // The other rules, by precedence, each naming the kinds of cue it quotes. The evidence is
    // built in one place below: the rules differ in a few constants, not in code.
    Stance stance;
    double confidence;
    String says;
    int kind;
    int more = -1;
    Strength strength = Strength.CUE;
    int affirmations = count[AFFIRMATION] + count[ADMISSION];
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
    } else if (affirmations > 0 && (count[RELAYED] > 0 || count[HEDGING] > 0)) {
      return new Decision(Stance.DISCUSS, 0.65, "reports others' confirmation: "
          + quote(hits, kinds, RELAYED, HEDGING) + " + "
          + quote(hits, kinds, AFFIRMATION, ADMISSION), Strength.CUE);
    } else if (count[AFFIRMATION] > 0) {
      stance = Stance.AFFIRM;
      confidence = Math.min(0.95, 0.75 + 0.05 * (affirmations - 1));
      says = "confirms: ";
      kind = AFFIRMATION;
      more = ADMISSION;
    } else if (count[ADMISSION] > 0) {
      stance = Stance.AFFIRM;
      confidence = Math.min(0.9, 0.7 + 0.05 * (affirmations - 1));
      says = "admission: ";
      kind = ADMISSION;
    } else if (count[HEDGING] > 0) {
      stance = Stance.DISCUSS;
      confidence = 0.75;
      says = "hedges: ";
      kind = HEDGING;
    } else if (count[RELAYED] == 0 && firstPerson(t, terms, focus) != null) {
      return new Decision(Stance.AFFIRM, 0.65, "admission: first person \""
          + firstPerson(t, terms, focus) + "\" with the claim", Strength.CUE);
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
   * Returns whether a cue does not count in a short statement: inside a claim term, the month
   * May, a denial, confirmation or claim negator inside a non-confirmation ("no evidence so far",
   * "пока нет"), or an alternative-account word the claim itself holds ("a civilian ship").
   */
  private static boolean dropped(Tokens t, Lexicon.CueHit h, List<Lexicon.CueHit> all,
      TermHits terms, TopicTerms topic) {
    // an admission or another story may take in a claim term ("встали наши военнослужащие",
    // "a research ship" on the term "ship")
    if (h.cue() != Cue.ADMIT && h.cue() != Cue.ALTERNATIVE && insideTerm(h, terms)
        || isMonth(t, h)) {
      return true;
    }
    switch (h.cue()) {
      case DENY, DISMISS, AFFIRM, CLAIMNEG, NEGATOR, HEDGE, DOUBT -> {
        for (Lexicon.CueHit u : all) {
          if (u.cue() == Cue.UNCONFIRMED && u.start() <= h.start() && h.end() <= u.end()) {
            return true;
          }
        }
        return false;
      }
      case ALTERNATIVE -> {
        if (topic == null) {
          return false;
        }
        for (int i = h.start(); i < h.end(); i++) {
          String w = t.word(i);
          if (Stems.content(w) && topic.claim.counts.containsKey(Stems.of(w))) {
            return true;
          }
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /** The denials whose target is the subjects' own words: the other side is being denied. */
  private static final Set<String> LIAR = Set.of("lie", "lies", "lying",
      "lied", "liar*", "лжет", "лгут", "лжец*", "лгал*");

  /**
   * Returns whether the denial {@code hits.get(i)} denies the subjects' words rather than the
   * claim: a subject called a liar ("Iran is lying", "accused Tehran of lying", "Иран лжет"); the
   * subjects' words in the same sentence ("Russia's claims", "the Russian story", "claims of
   * Moscow", "версию Москвы"); or, whoever speaks, a denial opening a clause with "but"/"но" after a negated clause
   * of the same sentence ("they say they sold none, but that is a lie").
   */
  private static boolean deniesOtherSide(Tokens t, List<Lexicon.CueHit> hits, int i,
      List<Lexicon.Actor> actors, Set<String> subjects) {
    Lexicon.CueHit d = hits.get(i);
    if (LIAR.contains(d.phrase())) {
      for (Lexicon.Actor a : actors) {
        if (a.end() <= d.start() && d.start() - a.end() <= 2 && t.sentence(a.start()) == d.sentence()
            && subjects.contains(a.code())) {
          return true;
        }
      }
    }
    for (Lexicon.CueHit w : hits) {
      if (w.cue() != Cue.WORDS || w.sentence() != d.sentence()) {
        continue;
      }
      for (Lexicon.Actor a : actors) {
        boolean before = a.end() <= w.start() && w.start() - a.end() <= 1;
        // "Moscow's claims", "the Russian story"; after it only as a genitive: "claims of
        // Moscow", "версию Москвы" (not "claims about North Korean troops": those are the topic)
        boolean after = a.start() == w.end()
            || a.start() == w.end() + 1 && (t.is(w.end(), "of") || t.is(w.end(), "by"));
        if ((before || after) && t.clause(a.start()) == w.clause()
            && subjects.contains(a.code())) {
          return true;
        }
      }
    }
    int open = d.start();
    while (open > 0 && t.clause(open - 1) == d.clause()) {
      open--;
    }
    if (open < d.start() && (t.is(open, "but") || t.is(open, "но"))) {
      for (Lexicon.CueHit n : hits) {
        if (n.cue() == Cue.NEGATOR && n.sentence() == d.sentence() && n.clause() < d.clause()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns "'planned by' … 'Russia'" when an agent phrase in the focus names, within six words in
   * its clause, an actor that is none of the topic's subjects (the blame goes elsewhere), else
   * null.
   */
  private static String otherActor(Tokens t, List<Lexicon.CueHit> hits, byte[] kinds,
      List<Lexicon.Actor> actors, Set<String> subjects) {
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != AGENCY) {
        continue;
      }
      Lexicon.CueHit g = hits.get(i);
      for (Lexicon.Actor a : actors) {
        if (a.start() >= g.end() && a.start() - g.end() <= 6 && t.clause(a.start()) == g.clause()) {
          if (subjects.contains(a.code())) {
            break;
          }
          return "\"" + g.phrase() + "\" … \"" + t.word(a.start()) + "\"";
        }
      }
    }
    return null;
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
  private static final int UNCONFIRMING = 8;
  private static final int ALTERNATE = 9;
  private static final int ADMISSION = 10;
  private static final int AGENCY = 11;
  /** A denial of the subjects' own words, set by {@link #deniesOtherSide}, never by kind. */
  private static final int FLIPPED = 12;
  private static final int KINDS = 13;

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
      case UNCONFIRMED -> UNCONFIRMING;
      case ALTERNATIVE -> h.negated() ? -1 : ALTERNATE;
      case ADMIT -> h.negated() ? -1 : ADMISSION;
      case AGENT -> AGENCY;
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
      boolean[] focus, boolean[] flippedSentence) {
    for (int k = 0; k < terms.size(); k++) {
      int start = terms.start(k);
      int end = terms.end(k);
      int s = t.sentence(start);
      if (s >= focus.length || !focus[s] || s < flippedSentence.length && flippedSentence[s]) {
        continue;
      }
      for (Lexicon.CueHit h : hits) {
        if (h.cue() == Cue.CLAIMNEG && h.end() <= start && start - h.end() <= 1
            && h.clause() == t.clause(start)) {
          return h.phrase() + " " + terms.name(k);
        }
        // the claim's predicate negated: "Iran has not delivered ballistic missiles", "Иран не
        // поставлял России ракеты"; not a negator inside another cue ("could not verify") or
        // with a cue between ("did not confirm Iranian drones": that is rule 4's)
        if (h.cue() == Cue.NEGATOR && h.end() <= start && start - h.end() <= 3
            && h.clause() == t.clause(start) && PREDICATE_NEGATORS.contains(h.phrase())
            && alone(hits, h, start)) {
          return h.phrase() + " … " + terms.name(k);
        }
      }
      int clause = t.clause(start);
      for (int i = end; i < t.size() && i <= end + 5; i++) {
        if (t.clause(i) != clause) {
          break;
        }
        boolean last = i + 1 >= t.size() || t.clause(i + 1) != clause || t.is(i + 1, "и");
        if (t.is(i, "нет") && last && !insideUnconfirmed(hits, i)) {
          return terms.name(k) + " … нет";
        }
      }
    }
    return null;
  }

  private static final Set<String> PREDICATE_NEGATORS = Set.of("not", "never",
      "не", "никогда");

  /**
   * Returns whether the negator {@code n} lies inside no other cue and no cue starts between it
   * and token {@code until}.
   */
  private static boolean alone(List<Lexicon.CueHit> hits, Lexicon.CueHit n, int until) {
    for (Lexicon.CueHit h : hits) {
      if (h == n || h.cue() == Cue.NEGATOR || h.cue() == Cue.CLAIMNEG) {
        continue;
      }
      if (h.start() <= n.start() && n.end() <= h.end()
          || h.start() >= n.end() && h.start() < until) {
        return false;
      }
    }
    return true;
  }

  // not "us": folded, it is also the US
  private static final Set<String> FIRST_PERSON = Set.of("we", "our", "ours",
      "мы", "наш", "наша", "наше", "наши", "нашей", "наших", "нашим", "нашими", "нашего", "нас",
      "нами", "нам");

  /**
   * Returns the first-person word ("we", "наши") in the clause of a claim term in the focus, or
   * null: a speaker owning the act ("we gave a limited number of drones") with nothing to qualify
   * it admits it.
   */
  private static String firstPerson(Tokens t, TermHits terms, boolean[] focus) {
    for (int k = 0; k < terms.size(); k++) {
      int at = terms.start(k);
      int s = t.sentence(at);
      if (s >= focus.length || !focus[s]) {
        continue;
      }
      int clause = t.clause(at);
      for (int i = at; i >= 0 && t.clause(i) == clause; i--) {
        if (FIRST_PERSON.contains(t.word(i))) {
          return t.word(i);
        }
      }
      for (int i = terms.end(k); i < t.size() && t.clause(i) == clause; i++) {
        if (FIRST_PERSON.contains(t.word(i))) {
          return t.word(i);
        }
      }
    }
    return null;
  }

  /** Returns whether token {@code i} lies inside a non-confirmation ("доказательств пока нет"). */
  private static boolean insideUnconfirmed(List<Lexicon.CueHit> hits, int i) {
    for (Lexicon.CueHit h : hits) {
      if (h.cue() == Cue.UNCONFIRMED && h.start() <= i && i < h.end()) {
        return true;
      }
    }
    return false;
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
