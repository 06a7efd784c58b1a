package org.ackgap.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.TopicScore;

/**
 * What changed between two runs (SPEC §7): the rows of changes.csv, from the previous report's
 * topic rows, this run's, and the subject-side statements this run scored that the previous one
 * did not.
 */
public final class Changes {

  /** A gap score must move by at least this many points to count as a change. */
  public static final double GAP_MOVE = 10.0;

  private Changes() {}

  /**
   * One topic as a report states it, with values as gap_scores.csv prints them, so that two runs
   * compare on what a reader sees.
   *
   * @param topicId the topic
   * @param title its title
   * @param status its status
   * @param gapScore the gap score with one decimal, as in gap_scores.csv
   * @param firstConfirmed when confirmation first reached the threshold
   * @param acknowledgedOn the first subject-side affirmation
   */
  public record TopicState(String topicId, String title, Status status, String gapScore,
      Optional<LocalDate> firstConfirmed, Optional<LocalDate> acknowledgedOn) {

    public TopicState {
      Objects.requireNonNull(topicId, "topicId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(gapScore, "gapScore");
      Objects.requireNonNull(firstConfirmed, "firstConfirmed");
      Objects.requireNonNull(acknowledgedOn, "acknowledgedOn");
    }

    /** Returns a score as its gap_scores.csv row states it. */
    public static TopicState of(TopicScore s) {
      return new TopicState(s.topic().id(), s.topic().title(), s.status(),
          Numbers.format(s.gapScore(), 1), s.firstConfirmed(), s.acknowledgedOn());
    }
  }

  /**
   * A subject-side statement with a stance that the previous report did not have.
   *
   * @param topicId the topic
   * @param statementId the statement
   * @param date its date
   * @param sourceId who said it
   * @param stance its stance, never none
   */
  public record NewStatement(String topicId, String statementId, LocalDate date,
      String sourceId, Stance stance) {

    public NewStatement {
      Objects.requireNonNull(topicId, "topicId");
      Objects.requireNonNull(statementId, "statementId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(sourceId, "sourceId");
      if (stance == Stance.NONE) {
        throw new IllegalArgumentException("a statement that leaves the claim out is no change");
      }
    }
  }

  /**
   * One row of changes.csv.
   *
   * @param topicId the topic
   * @param title its title
   * @param field what changed: {@code status}, {@code gap_score}, {@code first_confirmed},
   *     {@code acknowledged_on}, {@code topic} or {@code subject_statement}
   * @param before the value in the previous report, empty if it had none
   * @param after the value now, empty if there is none
   * @param statement for {@code subject_statement}, the statement
   */
  public record Change(String topicId, String title, String field, String before, String after,
      Optional<NewStatement> statement) {

    public Change {
      Objects.requireNonNull(topicId, "topicId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(statement, "statement");
    }
  }

  /**
   * Returns the changes from {@code before} to {@code after}: per topic in this run's order, its
   * status, a gap move of {@link #GAP_MOVE} points or more, a first confirmation or
   * acknowledgement that appeared or went (a run back in time), then its new subject-side
   * statements in date order; last, the topics that are gone, in the previous run's order.
   */
  public static List<Change> between(List<TopicState> before, List<TopicState> after,
      List<NewStatement> newStatements) {
    Map<String, TopicState> old = new LinkedHashMap<>();
    before.forEach(t -> old.put(t.topicId(), t));
    Map<String, List<NewStatement>> byTopic = new LinkedHashMap<>();
    newStatements.stream()
        .sorted(Comparator.comparing(NewStatement::date).thenComparing(NewStatement::statementId))
        .forEach(s -> byTopic.computeIfAbsent(s.topicId(), k -> new ArrayList<>()).add(s));

    List<Change> changes = new ArrayList<>();
    for (TopicState now : after) {
      TopicState was = old.remove(now.topicId());
      if (was == null) {
        changes.add(change(now, "topic", "absent", "present"));
      } else {
        if (was.status() != now.status()) {
          changes.add(change(now, "status", was.status().name(), now.status().name()));
        }
        if (Math.abs(Double.parseDouble(now.gapScore()) - Double.parseDouble(was.gapScore()))
            >= GAP_MOVE) {
          changes.add(change(now, "gap_score", was.gapScore(), now.gapScore()));
        }
        if (was.firstConfirmed().isPresent() != now.firstConfirmed().isPresent()) {
          changes.add(change(now, "first_confirmed", day(was.firstConfirmed()),
              day(now.firstConfirmed())));
        }
        if (was.acknowledgedOn().isPresent() != now.acknowledgedOn().isPresent()) {
          changes.add(change(now, "acknowledged_on", day(was.acknowledgedOn()),
              day(now.acknowledgedOn())));
        }
      }
      for (NewStatement s : byTopic.getOrDefault(now.topicId(), List.of())) {
        changes.add(new Change(now.topicId(), now.title(), "subject_statement", "",
            s.stance().label() + " " + s.statementId(), Optional.of(s)));
      }
    }
    for (TopicState gone : old.values()) {
      changes.add(change(gone, "topic", "present", "absent"));
    }
    return List.copyOf(changes);
  }

  private static Change change(TopicState t, String field, String before, String after) {
    return new Change(t.topicId(), t.title(), field, before, after, Optional.empty());
  }

  private static String day(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }
}
