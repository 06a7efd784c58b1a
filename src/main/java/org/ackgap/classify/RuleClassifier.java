package org.ackgap.classify;

import java.util.Locale;
import org.ackgap.Stance;
import org.ackgap.Topic;

/** A first cue-word classifier; to be replaced. */
public final class RuleClassifier implements StanceClassifier {

  @Override
  public Judgement classify(Topic topic, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String cue : new String[] {"fake", "denied", "lie", "фейк", "ложь"}) {
      if (t.contains(cue)) {
        return new Judgement(Stance.DENY, 0.6, cue);
      }
    }
    for (String cue : new String[] {"no comment", "alleged", "reportedly", "якобы"}) {
      if (t.contains(cue)) {
        return new Judgement(Stance.DISCUSS, 0.6, cue);
      }
    }
    for (String cue : new String[] {"confirmed", "said", "подтверди"}) {
      if (t.contains(cue)) {
        return new Judgement(Stance.AFFIRM, 0.6, cue);
      }
    }
    return new Judgement(Stance.NONE, 0.5, "");
  }
}
