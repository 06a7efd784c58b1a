package org.ackgap.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ackgap.Parameters;
import org.ackgap.Reject;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.TimelinePoint;
import org.ackgap.Topic;
import org.ackgap.TopicScore;

/**
 * Everything the charts and the PDF show, bounded in size whatever the number of statements.
 *
 * @param asOf the scoring date
 * @param version ackgap's version
 * @param parameters the parameters in force
 * @param topics every accepted topic, in input order
 * @param sources every accepted source, by id
 * @param scores one per topic, sorted by gap score descending then topic id
 * @param timelines per topic id, its timeline points in date order
 * @param statements per topic id, the statements the report lists (bounded, date order)
 * @param omittedStatements per topic id, how many pairs were left out of {@code statements}
 * @param matrix per source id, per topic id, the number of pairs of each stance
 * @param span the earliest and latest statement dates, if any statement was read
 * @param inputs per input file, its row counts
 * @param rejects the first rejected rows (bounded), for the data-quality page
 * @param statementsInScope statements used and dated on or before the as-of date, from every
 *     statement file and article
 * @param statementsAfterAsOf statements used but dated after the as-of date, so left out
 * @param since what changed since the previous run, if there was one (SPEC §7)
 * @param history every run's topic rows, this one's included, in as-of order (history.csv)
 * @param warnings what the analyst should know about the input though the run went on (a
 *     statements file with a header and no rows), for the data-quality page
 */
public record ReportData(
    LocalDate asOf, String version, Parameters parameters, List<Topic> topics,
    Map<String, Source> sources, List<TopicScore> scores,
    Map<String, List<TimelinePoint>> timelines, Map<String, List<StatementRow>> statements,
    Map<String, Integer> omittedStatements, Map<String, Map<String, Map<Stance, Integer>>> matrix,
    Optional<DateSpan> span, List<InputCount> inputs, List<Reject> rejects,
    long statementsInScope, long statementsAfterAsOf, List<String> warnings,
    Optional<Since> since, List<RunPoint> history) {

  /** Creates the data of a run with no warnings, no previous report and no history. */
  public ReportData(
      LocalDate asOf, String version, Parameters parameters, List<Topic> topics,
      Map<String, Source> sources, List<TopicScore> scores,
      Map<String, List<TimelinePoint>> timelines, Map<String, List<StatementRow>> statements,
      Map<String, Integer> omittedStatements, Map<String, Map<String, Map<Stance, Integer>>> matrix,
      Optional<DateSpan> span, List<InputCount> inputs, List<Reject> rejects,
      long statementsInScope, long statementsAfterAsOf) {
    this(asOf, version, parameters, topics, sources, scores, timelines, statements,
        omittedStatements, matrix, span, inputs, rejects, statementsInScope, statementsAfterAsOf,
        List.of(), Optional.empty(), List.of());
  }

  public ReportData {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(parameters, "parameters");
    topics = List.copyOf(topics);
    sources = Map.copyOf(sources);
    scores = List.copyOf(scores);
    timelines = Map.copyOf(timelines);
    statements = Map.copyOf(statements);
    omittedStatements = Map.copyOf(omittedStatements);
    matrix = Map.copyOf(matrix);
    Objects.requireNonNull(span, "span");
    inputs = List.copyOf(inputs);
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(since, "since");
    history = List.copyOf(history);
  }

  /** Returns how many distinct runs the history holds. */
  public long runs() {
    return history.stream().map(RunPoint::asOf).distinct().count();
  }

  /** Returns the total number of rejected rows over all input files. */
  public long rejectedRows() {
    return inputs.stream().mapToLong(InputCount::rejected).sum();
  }

  /**
   * One statement as the report lists it under a topic.
   *
   * @param statementId the statement
   * @param date its date
   * @param sourceId its source
   * @param side the source's side on the topic
   * @param stance the scored stance
   * @param origin {@code coded} or {@code classified}
   * @param confidence in [0, 1]
   * @param evidence the cues that decided the stance
   * @param text the statement's text (may be long; the renderer shortens it)
   * @param url where it was published, or empty
   */
  public record StatementRow(
      String statementId, LocalDate date, String sourceId, org.ackgap.Side side, Stance stance,
      org.ackgap.Origin origin, double confidence, String evidence, String text, String url) {}

  /**
   * The dates the statements span.
   *
   * @param first the earliest statement date
   * @param last the latest statement date
   */
  public record DateSpan(LocalDate first, LocalDate last) {}

  /**
   * Row counts of one input file.
   *
   * @param file the file name, relative to the input folder
   * @param sha256 its SHA-256, hex
   * @param read data rows read
   * @param used rows used
   * @param rejected rows rejected
   * @param encoding the encoding a CSV file was read with, or "" for other files
   * @param delimiter the delimiter of a CSV file ({@code ,} {@code ;} {@code tab}), or ""
   */
  public record InputCount(String file, String sha256, long read, long used, long rejected,
      String encoding, String delimiter) {

    /** Counts a file that is not CSV, or whose format is not known. */
    public InputCount(String file, String sha256, long read, long used, long rejected) {
      this(file, sha256, read, used, rejected, "", "");
    }
  }

  /**
   * What changed since the previous run, as the brief tells it.
   *
   * @param previousAsOf the as-of date of the report compared with
   * @param changes the rows of changes.csv; empty when nothing changed
   */
  public record Since(LocalDate previousAsOf, List<org.ackgap.score.Changes.Change> changes) {
    public Since {
      Objects.requireNonNull(previousAsOf, "previousAsOf");
      changes = List.copyOf(changes);
    }
  }

  /**
   * One topic in one run: a row of history.csv.
   *
   * @param asOf the run's as-of date
   * @param topicId the topic
   * @param status its status then
   * @param gapScore its gap score then
   * @param confirmation C then
   * @param acknowledgement A then
   */
  public record RunPoint(LocalDate asOf, String topicId, org.ackgap.Status status,
      double gapScore, double confirmation, double acknowledgement) {
    public RunPoint {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(topicId, "topicId");
      Objects.requireNonNull(status, "status");
    }

    /** Returns a score as a row of the history. */
    public static RunPoint of(LocalDate asOf, TopicScore s) {
      return new RunPoint(asOf, s.topic().id(), s.status(), s.gapScore(), s.confirmation(),
          s.acknowledgement());
    }
  }
}
