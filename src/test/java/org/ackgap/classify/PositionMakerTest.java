package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ackgap.Origin;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Source;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.Statement;
import org.ackgap.Topic;
import org.ackgap.classify.Classifiers;
import org.junit.jupiter.api.Test;

/** Which topics a statement belongs to, its side on each, and where its stance comes from. */
class PositionMakerTest {

  static final Topic TROOPS = new Topic("troops", "Troops", "North Korean troops fight in Kursk",
      List.of("RU", "KP"), List.of("North Korean troops", "военн* КНДР"), List.of("Kursk",
          "Курск*"));
  static final Topic DAM = new Topic("dam", "Dam", "The dam was breached", List.of("RU"),
      List.of("dam"), List.of());
  static final Map<String, Source> SOURCES = Map.of(
      "tass", new Source("tass", "TASS", "RU", SourceType.STATE_MEDIA, 0.5, "tass"),
      "nis", new Source("nis", "NIS", "KR", SourceType.INTELLIGENCE, 0.8, "nis"));

  static PositionMaker maker(boolean evaluate) {
    List<Topic> topics = List.of(TROOPS, DAM);
    return new PositionMaker(Map.of("troops", TROOPS, "dam", DAM), SOURCES,
        Classifiers.matcher(topics), Classifiers.classifier(), evaluate);
  }

  static Statement statement(String source, String topics, String text, Stance coded) {
    return new Statement("s1", LocalDate.of(2024, 12, 1), source,
        topics.isEmpty() ? List.of() : List.of(topics.split(";")), text, "",
        Optional.ofNullable(coded));
  }

  @Test
  void contextOnlyMatchIsNoneEvenWhenCoded() {
    List<Position> p = maker(false).positions(statement("tass", "",
        "ТАСС: бои в Курской области продолжаются.", Stance.AFFIRM));
    assertEquals(1, p.size());
    assertEquals("troops", p.get(0).topicId());
    assertEquals(Stance.NONE, p.get(0).stance());
    assertEquals(Side.SUBJECT, p.get(0).side());
    assertTrue(p.get(0).evidence().startsWith("context only"), p.get(0).evidence());
  }

  @Test
  void codedStanceWinsOnEveryListedTopic() {
    List<Position> p = maker(false).positions(statement("nis", "troops;dam",
        "Nothing here the classifier could use.", Stance.DENY));
    assertEquals(List.of("troops", "dam"), p.stream().map(Position::topicId).toList());
    for (Position x : p) {
      assertEquals(Stance.DENY, x.stance());
      assertEquals(Origin.CODED, x.origin());
      assertEquals(Side.THIRD_PARTY, x.side());
    }
  }

  @Test
  void evaluateHidesTheCodingAndKeepsItBeside() {
    Position p = maker(true).positions(statement("nis", "troops",
        "The NIS confirmed that North Korean troops are fighting in Kursk.", Stance.DENY)).get(0);
    assertEquals(Origin.CLASSIFIED, p.origin());
    assertEquals(Stance.AFFIRM, p.stance());
    assertEquals(Optional.of(Stance.DENY), p.coded());
  }

  @Test
  void plainSayingOnTheSubjectSideIsNotAnAcknowledgement() {
    Position p = maker(false).positions(statement("tass", "",
        "TASS said North Korean troops were seen in Kursk.", null)).get(0);
    assertEquals(Side.SUBJECT, p.side());
    assertEquals(Stance.DISCUSS, p.stance(), p.evidence());
    assertTrue(p.evidence().contains("too weak"), p.evidence());
  }

  @Test
  void clearConfirmationOnTheSubjectSideIsAnAcknowledgement() {
    Position p = maker(false).positions(statement("tass", "troops",
        "The General Staff confirmed that North Korean troops took part in the fighting in"
            + " Kursk.", null)).get(0);
    assertEquals(Stance.AFFIRM, p.stance(), p.evidence());
  }

  @Test
  void theSameWordsFromAThirdPartyConfirm() {
    Position p = maker(false).positions(statement("nis", "",
        "The NIS said North Korean troops were seen in Kursk.", null)).get(0);
    assertEquals(Side.THIRD_PARTY, p.side());
    assertEquals(Stance.AFFIRM, p.stance(), p.evidence());
  }

  @Test
  void evaluateKeepsTheCodingOfARowWithoutText() {
    Position p = maker(true).positions(statement("nis", "troops", "", Stance.AFFIRM)).get(0);
    assertEquals(Origin.CODED, p.origin());
    assertEquals(Stance.AFFIRM, p.stance());
    assertEquals(Optional.empty(), p.coded());
  }
}
