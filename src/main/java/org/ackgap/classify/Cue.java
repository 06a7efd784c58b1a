package org.ackgap.classify;

import java.util.Locale;

/** The categories of the cue lexicon ({@code lexicon.tsv}); see docs/classifier.md. */
enum Cue {
  DENY, DEFLECT, HEDGE, AFFIRM, NEGATOR, CORRECTIVE, ATTRIBUTION, SPEECH;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
