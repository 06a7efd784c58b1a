package org.ackgap.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ackgap.Topic;

/**
 * Matches a statement to topics (SPEC §2): by the claim's terms, else by context terms, and for a
 * topic without terms by how much of the claim the statement covers.
 *
 * <p>The terms and context terms of every topic sit in one {@link PhraseIndex}, so a statement is
 * cut into tokens once and read once whatever the number of topics; a statement that holds no
 * term at all costs that one read and nothing else (but for topics without terms).
 *
 * <p>Similarity is the IDF-weighted share of the claim's content stems that occur in the
 * statement, not a symmetric cosine: an article that covers a one-sentence claim in its third
 * paragraph has a low cosine with it (the rest of the article dilutes it) but covers all of it.
 * Commons Text's {@code CosineSimilarity} works on raw counts without IDF, and its edit
 * distances compare characters, not words, so neither fits.
 */
final class TermMatcher implements TopicMatcher {

  /** Share of the claim's IDF mass a statement must contain to be about it. */
  static final double CLAIM_COVERAGE = 0.6;

  /** What a term of the shared index stands for: a claim or context term of one topic. */
  private record Label(int topic, boolean claim, String name) {}

  private final List<TopicTerms> topics;
  private final Idf idf;
  private final PhraseIndex<Label> index = new PhraseIndex<>();
  private final boolean anyBySimilarity;

  TermMatcher(List<Topic> topics, Idf idf) {
    this.topics = topics.stream().map(TopicTerms::new).toList();
    this.idf = idf;
    boolean similarity = false;
    for (int k = 0; k < this.topics.size(); k++) {
      TopicTerms tt = this.topics.get(k);
      for (String s : tt.topic.terms()) {
        Term t = Term.parse(s);
        if (t != null) {
          index.add(t, new Label(k, true, s.strip()));
        }
      }
      for (String s : tt.topic.contextTerms()) {
        Term t = Term.parse(s);
        if (t != null) {
          index.add(t, new Label(k, false, s.strip()));
        }
      }
      similarity |= !tt.hasTerms() && !tt.claim.counts.isEmpty();
    }
    this.anyBySimilarity = similarity;
  }

  @Override
  public List<TopicMatch> match(String text) {
    Tokens t = Tokens.of(text);
    List<PhraseIndex.Hit<Label>> hits = index.find(t);
    if (hits.isEmpty() && !anyBySimilarity) {
      return new ArrayList<>(0);
    }
    // per topic, the distinct names of its claim and context hits, in text order
    @SuppressWarnings("unchecked")
    Set<String>[] claimHits = new Set[topics.size()];
    @SuppressWarnings("unchecked")
    Set<String>[] contextHits = new Set[topics.size()];
    for (PhraseIndex.Hit<Label> h : hits) {
      Label l = h.value();
      Set<String>[] by = l.claim() ? claimHits : contextHits;
      if (by[l.topic()] == null) {
        by[l.topic()] = new LinkedHashSet<>(4);
      }
      by[l.topic()].add(l.name());
    }
    Bag bag = null;
    List<TopicMatch> out = new ArrayList<>();
    for (int k = 0; k < topics.size(); k++) {
      TopicTerms tt = topics.get(k);
      if (tt.hasTerms()) {
        if (claimHits[k] != null) {
          out.add(new TopicMatch(tt.topic, true, new ArrayList<>(claimHits[k])));
          continue;
        }
      } else if (!tt.claim.counts.isEmpty()) {
        bag = bag == null ? Bag.of(t) : bag;
        double cov = similarity(tt.claim, bag, idf);
        if (cov >= CLAIM_COVERAGE) {
          out.add(new TopicMatch(tt.topic, true,
              List.of(String.format(Locale.ROOT, "claim similarity %.2f", cov))));
          continue;
        }
      }
      if (contextHits[k] != null) {
        out.add(new TopicMatch(tt.topic, false, new ArrayList<>(contextHits[k])));
      }
    }
    return out;
  }

  /**
   * Returns the claim's IDF-weighted coverage by the text, or 0 when fewer than two of a
   * multi-stem claim's stems occur (one shared name is not a mention of the claim).
   */
  static double similarity(Bag claim, Bag text, Idf idf) {
    int shared = 0;
    for (String s : claim.counts.keySet()) {
      if (text.counts.containsKey(s)) {
        shared++;
      }
    }
    if (shared < Math.min(2, claim.counts.size())) {
      return 0;
    }
    return Bag.coverage(claim, text, idf);
  }
}
