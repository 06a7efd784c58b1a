package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ackgap.Stance;
import org.ackgap.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fnc1Test {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(Fnc1Test.class.getResource(name).toURI());
  }

  @Test
  void scoresLikeTheOfficialScorer() {
    Fnc1.Scores s = new Fnc1.Scores();
    s.add(Stance.AFFIRM, Stance.AFFIRM);   // 1.0
    s.add(Stance.DENY, Stance.DISCUSS);    // 0.25
    s.add(Stance.NONE, Stance.NONE);       // 0.25
    s.add(Stance.DISCUSS, Stance.NONE);    // 0
    double[] fnc = s.fncScore();
    assertEquals(1.5, fnc[0], 1e-9);
    assertEquals(3.25, fnc[1], 1e-9);
  }

  @Test
  void labellingEveryRelatedPairDiscussScoresHighButHasLowMacroF1() {
    Fnc1.Scores s = new Fnc1.Scores();
    for (int i = 0; i < 10; i++) {
      s.add(Stance.AFFIRM, Stance.DISCUSS);
      s.add(Stance.DISCUSS, Stance.DISCUSS);
      s.add(Stance.NONE, Stance.NONE);
    }
    double[] fnc = s.fncScore();
    assertTrue(fnc[0] / fnc[1] > 0.6);
    assertTrue(s.macroF1() < 0.5);
  }

  @Test
  void keepsEveryPairOfABodyInOneSplit() {
    for (int id = 0; id < 3000; id++) {
      assertEquals(Fnc1.isDev(String.valueOf(id)), Fnc1.isDev(" " + id + " "));
    }
    long dev = java.util.stream.IntStream.range(0, 3000)
        .filter(i -> Fnc1.isDev(String.valueOf(i))).count();
    assertTrue(dev > 450 && dev < 750, "about 20 % dev, got " + dev);
  }

  @Test
  void convertsFncFilesToAckgapInput(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Fnc1Convert.run(new String[] {"--stances", fixture("fnc-stances.csv").toString(),
        "--bodies", fixture("fnc-bodies.csv").toString(), "--split", "all", "--out",
        dir.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<String> topics = Files.readAllLines(dir.resolve("topics.csv"));
    assertEquals("topic_id,title,claim,subjects,terms,context_terms", topics.get(0));
    assertEquals(3, topics.size());
    assertTrue(topics.get(1).startsWith("h00001,Spider burrowed"));
    List<String> statements = Files.readAllLines(dir.resolve("statements.csv"));
    assertEquals("statement_id,date,source_id,topic_id,text,stance", statements.get(0));
    assertTrue(statements.get(1).startsWith("p1,2020-01-01,fnc,h00001,"));
    assertTrue(statements.get(1).endsWith(",deny"), statements.get(1));
    assertTrue(statements.get(3).endsWith(",discuss"), statements.get(3));
    assertTrue(Files.readString(dir.resolve("sources.csv")).contains("fnc,FNC-1 article bodies,ZZ,media"));
  }

  @Test
  void rejectsConvertWithoutOutputFolder() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Fnc1Convert.run(new String[] {"--stances", "a", "--bodies", "b"},
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out DIR"));
  }

  @Test
  void judgesFncArticlesWithTheLearnedModel() throws Exception {
    List<Fnc1.Pair> pairs = Fnc1.read(fixture("fnc-stances.csv"), fixture("fnc-bodies.csv"),
        Fnc1.Split.ALL);
    var topics = Fnc1.topics(pairs);
    StanceClassifier c = Classifiers.classifier();
    Topic spider = topics.get(pairs.get(0).headline());
    Judgement hoax = c.classify(spider, pairs.get(0).body());
    assertEquals(Stance.DENY, hoax.stance(), hoax.toString());
    assertEquals(Stance.NONE, c.classify(spider, pairs.get(1).body()).stance());
    Judgement apple = c.classify(topics.get(pairs.get(2).headline()), pairs.get(2).body());
    assertEquals(Stance.DISCUSS, apple.stance(), apple.toString());
    assertTrue(apple.evidence().contains("coverage"), apple.evidence());
  }
}
