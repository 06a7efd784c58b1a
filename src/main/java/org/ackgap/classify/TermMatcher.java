package org.ackgap.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ackgap.Topic;

/**
 * Matches a statement to topics (SPEC §2): by the claim's terms, else by context terms, and for a
 * topic without terms by how much of the claim the statement covers.
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

  private final List<TopicTerms> topics;
  private final Idf idf;

  TermMatcher(List<Topic> topics, Idf idf) {
    this.topics = topics.stream().map(TopicTerms::new).toList();
    this.idf = idf;
  }

  @Override
  public List<TopicMatch> match(String text) {
    Tokens t = Tokens.of(text);
    Bag bag = null;
    List<TopicMatch> out = new ArrayList<>();
    for (TopicTerms tt : topics) {
      if (tt.hasTerms()) {
        List<String> hit = TopicTerms.names(tt.terms.find(t));
        if (!hit.isEmpty()) {
          out.add(new TopicMatch(tt.topic, true, hit));
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
      List<String> ctx = TopicTerms.names(tt.context.find(t));
      if (!ctx.isEmpty()) {
        out.add(new TopicMatch(tt.topic, false, ctx));
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
