package org.ackgap.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ackgap.Origin;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.Statement;
import org.ackgap.Topic;





/**
 * Turns one statement into its (statement, topic) positions (SPEC §2): which topics it belongs to,
 * its side on each, and the stance, coded or classified. Pure and thread-safe.
 */
public final class PositionMaker {

  /** The classifier confidence below which a subject-side affirmation is read as discuss. */
  public static final double CLEAR_ACKNOWLEDGEMENT = 0.6;

  private final Map<String, Topic> topics;
  private final Map<String, Source> sources;
  private final TopicMatcher matcher;
  private final StanceClassifier classifier;
  private final boolean evaluate;

  public PositionMaker(Map<String, Topic> topics, Map<String, Source> sources, TopicMatcher matcher,
      StanceClassifier classifier, boolean evaluate) {
    this.topics = Map.copyOf(topics);
    this.sources = Map.copyOf(sources);
    this.matcher = matcher;
    this.classifier = classifier;
    this.evaluate = evaluate;
  }

  /**
   * Returns the statement's positions, one per topic it belongs to, in topic_id order when it
   * lists topics, else in topics.csv order.
   */
  public List<Position> positions(Statement s) {
    Source source = sources.get(s.sourceId());
    List<TopicMatch> matches;
    if (s.topicIds().isEmpty()) {
      matches = matcher.match(s.text());
    } else {
      matches = new ArrayList<>(s.topicIds().size());
      for (String id : s.topicIds()) {
        matches.add(new TopicMatch(topics.get(id), true, List.of()));
      }
    }
    List<Position> out = new ArrayList<>(matches.size());
    // only a statement the classifier would read needs its language
    String unsupported = matches.isEmpty() || s.coded().isPresent() && !evaluate ? null
        : Language.unsupported(s.text());
    for (TopicMatch m : matches) {
      out.add(position(s, source, m, unsupported));
    }
    return out;
  }

  private Position position(Statement s, Source source, TopicMatch m, String unsupported) {
    Topic topic = m.topic();
    Stance stance;
    Origin origin;
    double confidence;
    String evidence;
    Optional<Stance> coded = Optional.empty();
    Side side = source.sideOn(topic);
    if (!m.claim()) {
      // Coverage of the surrounding events that leaves the claim out: the omission SPEC counts.
      stance = Stance.NONE;
      origin = Origin.CLASSIFIED;
      confidence = 1.0;
      evidence = m.terms().size() == 1 ? "context only: " + m.terms().get(0)
          : "context only: " + String.join("; ", m.terms());
    } else if (s.coded().isPresent() && (!evaluate || s.text().isBlank())) {
      // With no text there is nothing to classify: the coding stands, even when evaluating.
      stance = s.coded().get();
      origin = Origin.CODED;
      confidence = 1.0;
      evidence = "analyst coding";
    } else if (unsupported != null) {
      // No cue lexicon for the language: any stance would be a guess from stray tokens (a
      // Latin name, a number), so none is given and the pair goes to review.csv for an analyst.
      stance = Stance.NONE;
      origin = Origin.CLASSIFIED;
      confidence = 0;
      evidence = "language " + unsupported + " not supported";
      coded = s.coded();
    } else {
      Judgement j = classifier.classify(topic, s.text());
      stance = j.stance();
      origin = Origin.CLASSIFIED;
      confidence = j.confidence();
      evidence = j.evidence();
      coded = s.coded();
      if (stance == Stance.AFFIRM && confidence < CLEAR_ACKNOWLEDGEMENT
          && side == Side.SUBJECT) {
        // One acknowledgement zeroes the gap for good, so the subject side must say it clearly
        // ("confirmed", "took part", "thanked"); a bare mention or a plain "said" is reporting.
        stance = Stance.DISCUSS;
        evidence = evidence + "; too weak to count as an acknowledgement";
      }
    }
    if (m.claim() && !m.terms().isEmpty() && origin == Origin.CODED) {
      evidence = evidence + "; matched: " + String.join("; ", m.terms());
    }
    return new Position(s.id(), topic.id(), s.date(), s.sourceId(), side, stance,
        origin, confidence, evidence, coded);
  }
}
