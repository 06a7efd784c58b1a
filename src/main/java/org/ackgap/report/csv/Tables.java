package org.ackgap.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ackgap.Position;
import org.ackgap.Stance;
import org.ackgap.TimelinePoint;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData.RunPoint;
import org.ackgap.score.Confusion;
import org.ackgap.score.Changes;
import org.ackgap.score.Numbers;

/** Writes the CSV tables of SPEC §4 with their exact columns. */
public final class Tables {

  /** The columns of gap_scores.csv, in order. */
  public static final List<String> GAP_SCORES = List.of("topic_id", "title", "status",
      "gap_score", "confirmation", "acknowledgement", "denied", "first_confirmed",
      "acknowledged_on", "days_unacknowledged", "third_party_statements", "subject_statements",
      "omission_rate");

  /** The columns of positions.csv, in order; --evaluate adds {@code coded_stance}. */
  public static final List<String> POSITIONS = List.of("statement_id", "topic_id", "date",
      "source_id", "side", "stance", "origin", "confidence", "evidence");

  /** The columns of timeline.csv, in order. */
  public static final List<String> TIMELINE = List.of("topic_id", "date", "confirmation",
      "acknowledgement", "gap_score", "statement_ids");

  /** The columns of rejects.csv, in order. */
  public static final List<String> REJECTS = List.of("file", "line", "reason", "record");
  public static final List<String> CHANGES = List.of("topic_id", "title", "field", "before",
      "after");
  public static final List<String> HISTORY = List.of("as_of", "topic_id", "status", "gap_score",
      "confirmation", "acknowledgement");

  private Tables() {}

  /** Writes gap_scores.csv, one row per score in the order given. */
  public static void writeGapScores(List<TopicScore> scores, OutputStream out) throws IOException {
    try (CsvOut csv = new CsvOut(out, GAP_SCORES)) {
      for (TopicScore s : scores) {
        csv.row(s.topic().id(), s.topic().title(), s.status().name(),
            Numbers.format(s.gapScore(), 1), Numbers.format(s.confirmation(), 3),
            Numbers.format(s.acknowledgement(), 3), Boolean.toString(s.denied()),
            date(s.firstConfirmed()), date(s.acknowledgedOn()), number(s.daysUnacknowledged()),
            Integer.toString(s.thirdPartyStatements()), Integer.toString(s.subjectStatements()),
            rate(s.omissionRate()));
      }
    }
  }

  /** Writes changes.csv (SPEC §7): the header alone when nothing changed. */
  public static void writeChanges(List<Changes.Change> changes, OutputStream out)
      throws IOException {
    try (CsvOut csv = new CsvOut(out, CHANGES)) {
      for (Changes.Change c : changes) {
        csv.row(c.topicId(), c.title(), c.field(), c.before(), c.after());
      }
    }
  }

  /** Writes history.csv: every run's topic rows, in the order given. */
  public static void writeHistory(List<RunPoint> points, OutputStream out) throws IOException {
    try (CsvOut csv = new CsvOut(out, HISTORY)) {
      for (RunPoint p : points) {
        csv.row(p.asOf().toString(), p.topicId(), p.status().name(),
            Numbers.format(p.gapScore(), 1), Numbers.format(p.confirmation(), 3),
            Numbers.format(p.acknowledgement(), 3));
      }
    }
  }

  /** The statement ids of a timeline point, joined by {@code ;}. */
  @FunctionalInterface
  public interface StatementIds {
    String of(TimelinePoint point) throws IOException;
  }

  /** Writes timeline.csv from points already in topic and date order. */
  public static void writeTimeline(List<TimelinePoint> points, StatementIds ids,
      OutputStream out) throws IOException {
    try (CsvOut csv = new CsvOut(out, TIMELINE)) {
      for (TimelinePoint p : points) {
        csv.row(p.topicId(), p.date().toString(), Numbers.format(p.confirmation(), 3),
            Numbers.format(p.acknowledgement(), 3), Numbers.format(p.gapScore(), 1), ids.of(p));
      }
    }
  }

  /** Returns the header of positions.csv, with {@code coded_stance} when evaluating. */
  public static List<String> positionsHeader(boolean evaluate) {
    if (!evaluate) {
      return POSITIONS;
    }
    List<String> header = new ArrayList<>(POSITIONS);
    header.add("coded_stance");
    return header;
  }

  /** Returns the cells of one positions.csv row. */
  public static List<String> positionRow(Position p, boolean evaluate) {
    List<String> row = new ArrayList<>(10);
    row.add(p.statementId());
    row.add(p.topicId());
    row.add(p.date().toString());
    row.add(p.sourceId());
    row.add(p.side().label());
    row.add(p.stance().label());
    row.add(p.origin().label());
    row.add(Numbers.format(p.confidence(), 3));
    row.add(p.evidence());
    if (evaluate) {
      row.add(p.coded().map(Stance::label).orElse(""));
    }
    return row;
  }

  /** Writes evaluation.csv: per class precision, recall, F1, support; then macro and accuracy. */
  public static void writeEvaluation(Confusion c, OutputStream out) throws IOException {
    try (CsvOut csv = new CsvOut(out, List.of("class", "precision", "recall", "f1", "support"))) {
      for (Stance s : Stance.values()) {
        csv.row(s.label(), Numbers.format(c.precision(s), 4), Numbers.format(c.recall(s), 4),
            Numbers.format(c.f1(s), 4), Long.toString(c.support(s)));
      }
      csv.row("macro", Numbers.format(c.macro(c::precision), 4),
          Numbers.format(c.macro(c::recall), 4), Numbers.format(c.macro(c::f1), 4),
          Long.toString(c.total()));
      csv.row("accuracy", "", "", Numbers.format(c.accuracy(), 4), Long.toString(c.total()));
    }
  }

  /** Writes confusion.csv: one row per coded class, one column per classified class. */
  public static void writeConfusion(Confusion c, OutputStream out) throws IOException {
    List<String> header = new ArrayList<>(List.of("coded"));
    for (Stance s : Stance.values()) {
      header.add(s.label());
    }
    try (CsvOut csv = new CsvOut(out, header)) {
      for (Stance coded : Stance.values()) {
        List<String> row = new ArrayList<>(List.of(coded.label()));
        for (Stance classified : Stance.values()) {
          row.add(Long.toString(c.count(coded, classified)));
        }
        csv.row(row);
      }
    }
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }

  private static String number(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  private static String rate(OptionalDouble r) {
    return r.isPresent() ? Numbers.format(r.getAsDouble(), 3) : "";
  }
}
