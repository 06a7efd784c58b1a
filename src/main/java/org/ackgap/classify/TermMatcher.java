package org.ackgap.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    PhraseIndex.Hits hits = index.find(t);
    int n = hits.size();
    if (n == 0 && !anyBySimilarity) {
      return new ArrayList<>(0);
    }
    // the hits by topic, each topic's in text order: topic << 32 | hit
    long[] byTopic = new long[n];
    for (int h = 0; h < n; h++) {
      byTopic[h] = ((long) index.value(hits.entry(h)).topic() << 32) | h;
    }
    Arrays.sort(byTopic);
    Bag bag = null;
    List<TopicMatch> out = new ArrayList<>();
    Claims claims = null;
    int from = 0;
    int last = anyBySimilarity ? topics.size() : n;
    for (int x = 0; x < last; ) {
      // the next topic: every one when some topic is matched by similarity, else the next hit's
      int k = anyBySimilarity ? x++ : (int) (byTopic[x] >>> 32);
      int to = from;
      while (to < n && (int) (byTopic[to] >>> 32) == k) {
        to++;
      }
      if (!anyBySimilarity) {
        x = to;
      }
      TopicTerms tt = topics.get(k);
      if (tt.hasTerms()) {
        List<String> names = names(hits, byTopic, from, to, true);
        if (names != null) {
          out.add(new TopicMatch(tt.topic, true, names));
          claims = Claims.add(claims, tt.topic, claimHits(hits, byTopic, from, to));
          from = to;
          continue;
        }
      } else if (!tt.claim.counts.isEmpty()) {
        bag = bag == null ? Bag.of(t) : bag;
        double cov = similarity(tt.claim, bag, idf);
        if (cov >= CLAIM_COVERAGE) {
          out.add(new TopicMatch(tt.topic, true,
              List.of(String.format(Locale.ROOT, "claim similarity %.2f", cov))));
          from = to;
          continue;
        }
      }
      List<String> names = names(hits, byTopic, from, to, false);
      if (names != null) {
        out.add(new TopicMatch(tt.topic, false, names));
      }
      from = to;
    }
    if (claims != null) {
      t.matched = claims;
    }
    return out;
  }

  /**
   * Returns the distinct names of one topic's claim (or context) terms among its hits {@code
   * byTopic[from..to)}, in text order, or null when there are none.
   */
  private List<String> names(PhraseIndex.Hits hits, long[] byTopic, int from, int to,
      boolean claim) {
    String first = null;
    List<String> more = null;
    for (int i = from; i < to; i++) {
      Label l = index.value(hits.entry((int) byTopic[i]));
      if (l.claim() != claim) {
        continue;
      }
      if (first == null) {
        first = l.name();
      } else if (!first.equals(l.name()) && (more == null || !more.contains(l.name()))) {
        if (more == null) {
          more = new ArrayList<>(4);
          more.add(first);
        }
        more.add(l.name());
      }
    }
    return first == null ? null : more == null ? List.of(first) : List.copyOf(more);
  }

  /** Returns every hit of one topic's claim terms, {@code byTopic[from..to)}, in text order. */
  private TermHits claimHits(PhraseIndex.Hits hits, long[] byTopic, int from, int to) {
    TermHits out = new TermHits(to - from);
    for (int i = from; i < to; i++) {
      int h = (int) byTopic[i];
      Label l = index.value(hits.entry(h));
      if (l.claim()) {
        out.add(hits.start(h), hits.end(h), l.name());
      }
    }
    return out;
  }

  /**
   * The claim hits of the topics one text matched by their terms, left on its tokens for the
   * classifier: found in the one shared index, they are the hits a search of the topic's own terms
   * would return, in the same order (hits at one token sort by group, then by the order the terms
   * were added, and the shared index adds each topic's terms in its own order).
   */
  static final class Claims {
    private Topic[] topic = new Topic[2];
    private TermHits[] hits = new TermHits[2];
    private int size;

    static Claims add(Claims c, Topic topic, TermHits hits) {
      Claims out = c == null ? new Claims() : c;
      if (out.size == out.topic.length) {
        out.topic = Arrays.copyOf(out.topic, out.size * 2);
        out.hits = Arrays.copyOf(out.hits, out.size * 2);
      }
      out.topic[out.size] = topic;
      out.hits[out.size++] = hits;
      return out;
    }

    /** Returns the claim hits of this very topic (not an equal one), or null. */
    TermHits of(Topic t) {
      for (int i = 0; i < size; i++) {
        if (topic[i] == t) {
          return hits[i];
        }
      }
      return null;
    }
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
