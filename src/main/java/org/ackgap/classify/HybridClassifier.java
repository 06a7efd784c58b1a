package org.ackgap.classify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ackgap.Stance;
import org.ackgap.Topic;

/**
 * Decides stance from cue rules and, where they say nothing clear, from the learned model.
 *
 * <p>A topic with terms: no claim term in the text means {@code none}; otherwise the cue rules
 * read the sentences that mention the claim, and a long text on which no cue decided goes to the
 * model's stance stage. A topic without terms (every FNC-1 pair): the model's relatedness stage
 * decides {@code none}, then cue rules (short texts with a clear cue) or the model's stance stage.
 * Thread-safe: all state is immutable except the per-topic caches, concurrent maps.
 */
final class HybridClassifier implements StanceClassifier {

  /** Texts with fewer tokens are "short": analyst-style statements, where cue rules lead. */
  static final int LONG = 80;
  /** A topic without terms and no model: claim coverage at which the text addresses it. */
  static final double RELATED_COVERAGE = 0.5;

  private final Lexicon lexicon;
  private final Idf idf;
  private final StanceModel model;
  private final Map<Topic, TopicTerms> topics = new ConcurrentHashMap<>();
  private final Map<String, TopicTerms> byId = new ConcurrentHashMap<>();

  HybridClassifier(Lexicon lexicon, Idf idf, StanceModel model) {
    this.lexicon = lexicon;
    this.idf = idf;
    this.model = model;
  }

  @Override
  public Judgement classify(Topic topic, String text) {
    // by id first: hashing a whole Topic record (its term lists) per call costs more than the rest
    TopicTerms tt = byId.get(topic.id());
    if (tt == null || tt.topic != topic) {
      tt = topics.computeIfAbsent(topic, TopicTerms::new);
      byId.put(topic.id(), tt);
    }
    Tokens t = Tokens.of(text == null ? "" : text);
    if (t.size() == 0) {
      return new Judgement(Stance.NONE, 1.0, "empty text");
    }
    if (tt.hasTerms()) {
      return byTerms(tt, t);
    }
    return bySimilarity(tt, t);
  }

  private Judgement byTerms(TopicTerms tt, Tokens t) {
    TermHits hits = claimHits(tt, t);
    if (hits.size() == 0) {
      List<String> ctx = TopicTerms.names(tt.context, tt.context.find(t));
      return new Judgement(Stance.NONE, 0.9, ctx.isEmpty()
          ? "no claim term" : "context only: " + String.join(", ", ctx));
    }
    boolean[] focus = new boolean[Math.max(1, t.sentences())];
    if (t.sentences() <= 3) {
      java.util.Arrays.fill(focus, true);
    } else {
      for (int h = 0; h < hits.size(); h++) {
        int s = t.sentence(hits.start(h));
        focus[s] = true;
        if (s + 1 < focus.length) {
          focus[s + 1] = true;
        }
      }
    }
    List<String> names = hits.names();
    String terms = names.size() == 1 ? "terms: " + names.get(0)
        : "terms: " + String.join(", ", names);
    List<Lexicon.CueHit> cues = lexicon.scanStatement(t);
    CueRules.Decision d = CueRules.statement(t, cues, focus, hits, tt, lexicon);
    if (d.strength() == CueRules.Strength.DEFAULT && model != null && t.size() >= LONG) {
      Features f = Features.of(tt.claim, tt.claimTokens, tt.claimCues, t, idf);
      return model.stance(f, lexicon.scan(t), 1.0, terms);
    }
    return d.judgement(terms);
  }

  /**
   * Returns the topic's claim hits: those the matcher left on the tokens when it matched this
   * very topic, else a search of the topic's terms.
   */
  private static TermHits claimHits(TopicTerms tt, Tokens t) {
    if (t.matched instanceof TermMatcher.Claims c) {
      TermHits hits = c.of(tt.topic);
      if (hits != null) {
        return hits;
      }
    }
    return TermHits.of(tt.terms, tt.terms.find(t));
  }

  private Judgement bySimilarity(TopicTerms tt, Tokens t) {
    Features f = Features.of(tt.claim, tt.claimTokens, tt.claimCues, t, idf);
    if (model != null) {
      double related = model.related(f);
      if (related < 0.5) {
        return new Judgement(Stance.NONE, 1 - related, f.similarityEvidence());
      }
      List<Lexicon.CueHit> cues = lexicon.scan(t);
      if (t.size() < LONG) {
        CueRules.Decision d = CueRules.decide(t, cues, f.focus());
        if (d.strength() == CueRules.Strength.CUE) {
          return new Judgement(d.stance(), d.confidence() * related,
              f.similarityEvidence() + "; " + d.evidence());
        }
      }
      return model.stance(f, cues, related, f.similarityEvidence());
    }
    if (f.coverage() < RELATED_COVERAGE) {
      return new Judgement(Stance.NONE, 0.6, f.similarityEvidence());
    }
    List<Lexicon.CueHit> cues = lexicon.scan(t);
    return CueRules.decide(t, cues, f.focus()).judgement(f.similarityEvidence());
  }
}
