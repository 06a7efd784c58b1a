package org.ackgap.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ackgap.Topic;

/** A topic's terms and context terms compiled once, and its claim as a bag of stems. */
final class TopicTerms {

  final Topic topic;
  final PhraseIndex<String> terms = new PhraseIndex<>();
  final PhraseIndex<String> context = new PhraseIndex<>();
  final Bag claim;
  final Tokens claimTokens;
  final List<Lexicon.CueHit> claimCues;

  TopicTerms(Topic topic) {
    this.topic = topic;
    for (String s : topic.terms()) {
      Term t = Term.parse(s);
      if (t != null) {
        terms.add(t, s.strip());
      }
    }
    for (String s : topic.contextTerms()) {
      Term t = Term.parse(s);
      if (t != null) {
        context.add(t, s.strip());
      }
    }
    this.claimTokens = Tokens.of(topic.claim());
    this.claim = Bag.of(claimTokens);
    this.claimCues = Lexicon.standard().scan(claimTokens);
  }

  /** Returns whether the topic has claim terms (else it is matched by similarity). */
  boolean hasTerms() {
    return !terms.isEmpty();
  }

  /** Returns the distinct terms, as written, of these hits of {@code index}. */
  static List<String> names(PhraseIndex<String> index, PhraseIndex.Hits hits) {
    Set<String> s = new LinkedHashSet<>();
    for (int h = 0; h < hits.size(); h++) {
      s.add(index.value(hits.entry(h)));
    }
    return new ArrayList<>(s);
  }
}
