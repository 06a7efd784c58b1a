package org.ackgap.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.score.Changes.Change;
import org.ackgap.score.Changes.NewStatement;
import org.ackgap.score.Changes.TopicState;
import org.junit.jupiter.api.Test;

class ChangesTest {

  private static TopicState state(String id, Status status, String gap) {
    return new TopicState(id, id.toUpperCase(), status, gap, Optional.empty(), Optional.empty());
  }

  private static List<String> fields(List<Change> changes) {
    return changes.stream().map(c -> c.topicId() + " " + c.field() + " " + c.before() + "|"
        + c.after()).toList();
  }

  @Test
  void gapMovesOfTenPointsOrMoreCountAndSmallerOnesDoNot() {
    List<Change> changes = Changes.between(
        List.of(state("a", Status.SILENT, "80.0"), state("b", Status.SILENT, "80.0")),
        List.of(state("a", Status.SILENT, "90.0"), state("b", Status.SILENT, "89.9")), List.of());
    assertEquals(List.of("a gap_score 80.0|90.0"), fields(changes));
  }

  @Test
  void sameStateIsNoChange() {
    List<TopicState> topics = List.of(state("a", Status.DENIED, "92.5"));
    assertEquals(List.of(), Changes.between(topics, topics, List.of()));
  }

  @Test
  void newStatementsFollowTheirTopicInDateOrderAndGoneTopicsComeLast() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    List<Change> changes = Changes.between(
        List.of(state("gone", Status.SILENT, "50.0"), state("a", Status.SILENT, "50.0")),
        List.of(state("a", Status.SILENT, "50.0"), state("new", Status.UNCONFIRMED, "0.0")),
        List.of(new NewStatement("a", "s2", d.plusDays(1), "src", Stance.DENY),
            new NewStatement("a", "s1", d, "src", Stance.DISCUSS)));
    assertEquals(List.of("a subject_statement |discuss s1", "a subject_statement |deny s2",
        "new topic absent|present", "gone topic present|absent"), fields(changes));
  }

  @Test
  void aFirstConfirmationThatMovesIsNoChangeButOneThatAppearsOrGoesIs() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    TopicState none = state("a", Status.UNCONFIRMED, "0.0");
    TopicState on = new TopicState("a", "A", Status.UNCONFIRMED, "0.0", Optional.of(d),
        Optional.empty());
    TopicState earlier = new TopicState("a", "A", Status.UNCONFIRMED, "0.0",
        Optional.of(d.minusDays(3)), Optional.empty());
    assertEquals(List.of("a first_confirmed |2025-03-01"),
        fields(Changes.between(List.of(none), List.of(on), List.of())));
    assertEquals(List.of("a first_confirmed 2025-03-01|"),
        fields(Changes.between(List.of(on), List.of(none), List.of())));
    assertEquals(List.of(), Changes.between(List.of(on), List.of(earlier), List.of()));
  }
}
