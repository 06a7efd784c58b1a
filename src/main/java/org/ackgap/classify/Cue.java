package org.ackgap.classify;

import java.util.Locale;

/**
 * The categories of the cue lexicon ({@code lexicon.tsv}); see docs/classifier.md. The first eight
 * are read by the learned model as well; the statement-only ones after them ({@code DISMISS} to
 * {@code CLAIMNEG}) only by the short-statement rules, so adding phrases to them never shifts the
 * model's features.
 */
enum Cue {
  DENY, DEFLECT, HEDGE, AFFIRM, NEGATOR, CORRECTIVE, ATTRIBUTION, SPEECH,
  /** An explicit dismissal not in {@code DENY}: "noise", "шумиха", "politically motivated". */
  DISMISS,
  /** A subject-side evasion: "redirected the question to", "это вопрос к", "не в курсе". */
  EVADE,
  /** Relaying someone else's words: "sources told", "со ссылкой на", "пересказал". */
  RELAY,
  /** Hedging not in {@code HEDGE}: "probably", "likely", "якобы". */
  DOUBT,
  /** A determiner negating the claim term right after it: "no", "никаких", "not a single". */
  CLAIMNEG,
  /** Not (yet) confirmed by the speaker: "not been able to corroborate", "пока не удалось". */
  UNCONFIRMED,
  /** Another story that excludes the claim: "faulty wiring", "civilian", "самооборон*". */
  ALTERNATIVE,
  /** An admission in other words: "human error", "stood behind", "одна из наших операций". */
  ADMIT,
  /** Someone's words, the target of a denial: "claims", "story", "версию", "утверждения". */
  WORDS,
  /** Names who did it: "belonged to", "planned by", "принадлежал*", "дело рук". */
  AGENT;

  /**
   * Returns whether the category is looked for only in short statements on a topic with terms,
   * by {@link Lexicon#scanStatement}: a long text or an FNC-1 pair never pays for it.
   */
  boolean late() {
    return ordinal() >= UNCONFIRMED.ordinal();
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
