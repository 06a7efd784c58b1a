package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ackgap.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMatcherTest {

  private static Topic topic(String id, String claim, List<String> terms, List<String> context) {
    return new Topic(id, id, claim, List.of("RU"), terms, context);
  }

  private static List<TopicMatch> match(List<String> terms, String text) {
    return Classifiers.matcher(List.of(topic("t", "claim", terms, List.of()))).match(text);
  }

  @ParameterizedTest(name = "{0} matches \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      северокорейск*        | Северокорейские военные прибыли
      северокорейск*        | СЕВЕРОКОРЕЙСКИХ солдат видели
      North Korean troops   | north korean TROOPS were seen
      North Korean troops   | North-Korean troops were seen
      North Korean troops   | North Korean  troops, he said
      Kim Jong Un           | Kim Jong-un visited Moscow
      O'Brien               | O’Brien said so
      Ким Чен Ын            | Ким Чен Ын прибыл
      ёлка                  | Елка стояла
      елка                  | Ёлка стояла
      войск* КНДР           | о войсках КНДР под Курском
      """)
  void matchesTermVariants(String term, String text) {
    List<TopicMatch> m = match(List.of(term), text);
    assertEquals(1, m.size(), term + " in " + text);
    assertTrue(m.get(0).claim());
    assertEquals(List.of(term), m.get(0).terms());
  }

  @ParameterizedTest(name = "{0} does not match \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Kursk               | Kurskaya is a street
      war                 | the award ceremony
      North Korean troops | North Korean leader and Russian troops
      корейск*            | северокорейские
      """)
  void respectsWordBoundaries(String term, String text) {
    assertTrue(match(List.of(term), text).isEmpty(), term + " in " + text);
  }

  @Test
  void reportsContextOnlyMatchAsNotClaim() {
    Topic t = topic("kp", "North Korean troops are in Kursk", List.of("North Korean troops"),
        List.of("Kursk", "Курск*"));
    List<TopicMatch> m = Classifiers.matcher(List.of(t)).match("ТАСС: бои в Курской области продолжаются");
    assertEquals(1, m.size());
    assertFalse(m.get(0).claim());
    assertEquals(List.of("Курск*"), m.get(0).terms());
  }

  @Test
  void matchesOneStatementToSeveralTopics() {
    Topic a = topic("a", "x", List.of("North Korean troops"), List.of());
    Topic b = topic("b", "y", List.of("Kursk"), List.of());
    Topic c = topic("c", "z", List.of("Crimea"), List.of());
    List<TopicMatch> m = Classifiers.matcher(List.of(a, b, c))
        .match("North Korean troops were seen in Kursk.");
    assertEquals(List.of("a", "b"), m.stream().map(x -> x.topic().id()).toList());
  }

  @Test
  void matchesTopicWithoutTermsBySimilarityToItsClaim() {
    Topic t = topic("sim", "North Korean troops are deployed in Kursk Oblast", List.of(),
        List.of("Kursk"));
    TopicMatcher m = Classifiers.matcher(List.of(t));
    List<TopicMatch> hit = m.match("Officials say thousands of North Korean troops have been "
        + "deployed to Russia's Kursk Oblast.");
    assertEquals(1, hit.size());
    assertTrue(hit.get(0).claim(), hit.toString());
    assertTrue(hit.get(0).terms().get(0).startsWith("claim similarity"));
    List<TopicMatch> ctx = m.match("Heavy fighting continues in Kursk.");
    assertEquals(1, ctx.size());
    assertFalse(ctx.get(0).claim());
    assertTrue(m.match("Apple released a new phone.").isEmpty());
  }
}
