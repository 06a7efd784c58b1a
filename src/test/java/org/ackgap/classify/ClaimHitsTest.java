package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ackgap.Topic;
import org.junit.jupiter.api.Test;

/**
 * The claim hits the matcher leaves on a statement's tokens for the classifier are exactly those
 * a search of the topic's own terms finds, in the same order: topics that share terms, terms
 * repeated within a topic, claim terms of one topic that are context terms of another, topics
 * matched by similarity among them.
 */
class ClaimHitsTest {

  private static List<String> spans(TermHits h) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < h.size(); k++) {
      out.add(h.name(k) + "@" + h.start(k) + "-" + h.end(k));
    }
    return out;
  }

  @Test
  void matcherHitsAreTheTopicsOwn() {
    String[] vocab = {"north", "korean", "troops", "kor*", "k*", "north kor*", "troops*",
        "военн*", "кндр", "военн* кндр", "region 1", "region", "re*", "1"};
    String[] words = {"north", "korean", "troops", "korea", "военные", "кндр", "region", "1",
        "regional", "k", "the"};
    SplittableRandom r = new SplittableRandom(11);
    int compared = 0;
    for (int round = 0; round < 200; round++) {
      List<Topic> topics = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(5); k++) {
        List<String> terms = new ArrayList<>();
        List<String> context = new ArrayList<>();
        // now and then a topic without terms, matched by its claim: every topic is then visited
        boolean bySimilarity = r.nextInt(5) == 0;
        for (int j = 0; j < (bySimilarity ? 0 : 1 + r.nextInt(4)); j++) {
          terms.add(vocab[r.nextInt(vocab.length)]);
        }
        for (int j = 0; j < r.nextInt(3); j++) {
          context.add(vocab[r.nextInt(vocab.length)]);
        }
        topics.add(new Topic("t" + k, "t", "North Korean troops in the region", List.of("RU"),
            terms, context));
      }
      TopicMatcher m = Classifiers.matcher(topics);
      for (int x = 0; x < 10; x++) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < r.nextInt(14); w++) {
          s.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? ". " : " ");
        }
        String text = s.toString();
        List<TopicMatch> matches = m.match(text);
        Tokens t = Tokens.of(text);
        for (TopicMatch match : matches) {
          if (!match.claim() || match.topic().terms().isEmpty()) {
            continue; // context only, or matched by similarity: no claim terms to hand over
          }
          assertTrue(t.matched instanceof TermMatcher.Claims, text);
          TermHits left = ((TermMatcher.Claims) t.matched).of(match.topic());
          assertNotNull(left, text);
          TopicTerms own = new TopicTerms(match.topic());
          assertEquals(spans(TermHits.of(own.terms, own.terms.find(t))), spans(left),
              match.topic() + " in " + text);
          assertEquals(match.terms(), left.names());
          compared++;
        }
      }
    }
    assertTrue(compared > 300, "too few claim matches to test anything: " + compared);
  }
}
