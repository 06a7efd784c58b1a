package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.ackgap.Origin;
import org.ackgap.Position;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.Statement;
import org.ackgap.Topic;
import org.ackgap.report.ReportData.StatementRow;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.report.csv.Tables;
import org.ackgap.score.Confusion;
import org.ackgap.score.TopicLedger;

/**
 * Takes every position in input order on one thread: writes positions.csv as it goes, feeds the
 * topic ledgers, and keeps the bounded samples the report and review.csv need.
 */
final class Collector implements Closeable {

  /** Statements the report lists per topic: a brief, not a dump; positions.csv has them all. */
  static final int REPORT_ROWS = 30;
  static final int REPORT_TEXT = 600;
  /** Rows of review.csv. */
  static final int REVIEW = 200;

  /** Each source with its index, for the per-topic counts by source. */
  private final Map<String, Slot> sources = new HashMap<>();
  private final List<String> sourceIds = new ArrayList<>();
  private final CsvOut positions;
  private final Map<String, TopicLedger> ledgers = new LinkedHashMap<>();
  /** Everything kept per topic, found with one look-up per position. */
  private final Map<String, PerTopic> topics = new HashMap<>();
  private final PriorityQueue<Review> review =
      new PriorityQueue<>(Comparator.comparingDouble(Review::urgency)
          .thenComparing(Comparator.comparingLong(Review::seq).reversed()));
  private final Confusion confusion = new Confusion();
  private final TimelineIds timelineIds;
  private long pairs;
  private long statements;
  private long seq;

  /**
   * Starts collecting: positions.csv goes to {@code positionsOut}, timeline.csv's statement ids
   * to the file {@code idsFile} (see {@link TimelineIds}).
   */
  Collector(List<Topic> topics, Map<String, Source> sources,
      org.ackgap.Parameters parameters, boolean evaluate, OutputStream positionsOut,
      java.nio.file.Path idsFile) throws IOException {
    sources.forEach((id, source) -> {
      this.sources.put(id, new Slot(source, sourceIds.size()));
      sourceIds.add(id);
    });
    for (Topic t : topics) {
      TopicLedger ledger = new TopicLedger(t, parameters);
      ledgers.put(t.id(), ledger);
      this.topics.put(t.id(), new PerTopic(ledger, this.topics.size(), sourceIds.size()));
    }
    this.positions = new CsvOut(positionsOut, Tables.positionsHeader(evaluate));
    // last: nothing after it can fail and leave its file open
    this.timelineIds = new TimelineIds(idsFile, topics.size());
  }

  /**
   * Takes one statement's positions with their positions.csv rows, formatted by a worker with
   * {@link Tables#positionRow}.
   */
  void accept(Statement s, List<Position> list, CharSequence rows) throws IOException {
    statements++;
    positions.rows(rows);
    for (Position p : list) {
      seq++;
      pairs++;
      Slot slot = sources.get(p.sourceId());
      Source source = slot.source();
      PerTopic topic = topics.get(p.topicId());
      topic.ledger.add(p, source.reliability(), source.group());
      timelineIds.add(topic.index, p.date().toEpochDay(), p.statementId());
      topic.bySource[slot.index() * STANCES + p.stance().ordinal()]++;
      keepForReport(topic, s, p);
      if (p.coded().isPresent()) {
        confusion.add(p.coded().get(), p.stance());
      }
      if (p.origin() == Origin.CLASSIFIED && !p.evidence().startsWith("context only")) {
        boolean disagrees = p.coded().isPresent() && p.coded().get() != p.stance();
        double urgency = (disagrees ? 2 : 0) + 1 - p.confidence();
        // a pair no more urgent than the least urgent kept one would be dropped at once
        if (review.size() < REVIEW || Double.compare(urgency, review.peek().urgency()) > 0) {
          review.add(new Review(p, shorten(s.text(), 300), urgency, seq));
          if (review.size() > REVIEW) {
            review.poll();
          }
        }
      }
    }
  }

  /**
   * Keeps, per topic, the statements a reader most needs: the subject side's own words first,
   * then third-party confirmations, then allegations and disputes, then silence; earlier first.
   */
  private void keepForReport(PerTopic topic, Statement s, Position p) {
    PriorityQueue<Kept> kept = topic.kept;
    int rank = rank(p);
    long day = p.date().toEpochDay();
    if (kept.size() >= REPORT_ROWS) {
      topic.omitted++;
      // seq only grows, so a candidate ranked and dated like the worst kept one is worse
      Kept worst = kept.peek();
      if (rank > worst.rank() || rank == worst.rank() && day >= worst.day()) {
        return;
      }
      kept.poll();
    }
    kept.add(new Kept(rank, day, seq, new StatementRow(
        p.statementId(), p.date(), p.sourceId(), p.side(), p.stance(), p.origin(),
        p.confidence(), p.evidence(), shorten(s.text(), REPORT_TEXT), s.url())));
  }

  private static int rank(Position p) {
    if (p.stance() == Stance.NONE) {
      return 3;
    }
    if (p.side() == org.ackgap.Side.SUBJECT) {
      return 0;
    }
    return p.stance() == Stance.AFFIRM ? 1 : 2;
  }

  /** Best first: lower rank, then earlier date, then earlier in the input. */
  private static final Comparator<Kept> KEPT_ORDER = Comparator.comparingInt(Kept::rank)
      .thenComparingLong(Kept::day).thenComparingLong(Kept::seq);

  private record Kept(int rank, long day, long seq, StatementRow row) {}

  /** A topic's ledger, the statements kept for the report, and its pairs per source. */
  private static final class PerTopic {
    final TopicLedger ledger;
    /** The topic's place in the catalog, and in {@link TimelineIds}. */
    final int index;
    final PriorityQueue<Kept> kept = new PriorityQueue<>(KEPT_ORDER.reversed());
    /** Pairs by source index and stance: {@code [source * STANCES + stance]}. */
    final int[] bySource;
    int omitted;

    PerTopic(TopicLedger ledger, int index, int sources) {
      this.ledger = ledger;
      this.index = index;
      this.bySource = new int[sources * STANCES];
    }
  }

  private static final int STANCES = Stance.values().length;

  private record Slot(Source source, int index) {}

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "…" : text;
  }

  Map<String, TopicLedger> ledgers() {
    return ledgers;
  }

  /**
   * Returns the statement ids of a topic on a date, joined by {@code ;}, as timeline.csv lists
   * them; fastest asked topic by topic in catalog order. Only once the collector is closed.
   */
  String timelineIds(String topicId, java.time.LocalDate date) throws IOException {
    // records of a quarter of the heap at a time: one pass for a million statements at 256 MB
    long budget = Math.max(1 << 22, Runtime.getRuntime().maxMemory() / 4);
    return timelineIds.ids(topics.get(topicId).index, date.toEpochDay(), budget);
  }

  /** Deletes the file of timeline ids, once timeline.csv is written. */
  void dropTimelineIds() throws IOException {
    timelineIds.close();
  }

  /** Returns per topic the statements the report lists, by date then input order. */
  Map<String, List<StatementRow>> reportRows() {
    Map<String, List<StatementRow>> out = new HashMap<>();
    topics.forEach((topic, t) -> {
      if (!t.kept.isEmpty()) {
        out.put(topic, t.kept.stream()
            .sorted(Comparator.comparingLong(Kept::day).thenComparingLong(Kept::seq))
            .map(Kept::row).toList());
      }
    });
    return out;
  }

  Map<String, Integer> omitted() {
    Map<String, Integer> out = new HashMap<>();
    topics.forEach((topic, t) -> {
      if (t.omitted > 0) {
        out.put(topic, t.omitted);
      }
    });
    return Map.copyOf(out);
  }

  /** Returns the pairs per source, topic and stance; sources and topics sorted by id. */
  Map<String, Map<String, Map<Stance, Integer>>> matrix() {
    Map<String, Map<String, Map<Stance, Integer>>> matrix = new TreeMap<>();
    topics.forEach((topic, t) -> {
      for (int i = 0; i < sourceIds.size(); i++) {
        for (Stance stance : Stance.values()) {
          int n = t.bySource[i * STANCES + stance.ordinal()];
          if (n > 0) {
            matrix.computeIfAbsent(sourceIds.get(i), k -> new TreeMap<>())
                .computeIfAbsent(topic, k -> new EnumMap<>(Stance.class)).put(stance, n);
          }
        }
      }
    });
    return matrix;
  }

  Confusion confusion() {
    return confusion;
  }

  /** Returns how many statements were accepted: those dated on or before the as-of date. */
  long statements() {
    return statements;
  }

  long pairs() {
    return pairs;
  }

  /** Writes review.csv: the classified pairs to check first, most urgent first. */
  void writeReview(OutputStream out) throws IOException {
    List<Review> list = new ArrayList<>(review);
    list.sort(Comparator.comparingDouble(Review::urgency).reversed()
        .thenComparingLong(Review::seq));
    try (CsvOut csv = new CsvOut(out, List.of("statement_id", "topic_id", "date", "source_id",
        "side", "stance", "confidence", "coded_stance", "why", "evidence", "text"))) {
      for (Review r : list) {
        Position p = r.position();
        String why = p.coded().isPresent() && p.coded().get() != p.stance()
            ? "coded " + p.coded().get().label() + ", classified " + p.stance().label()
            : "low confidence";
        csv.row(p.statementId(), p.topicId(), p.date().toString(), p.sourceId(),
            p.side().label(), p.stance().label(),
            org.ackgap.score.Numbers.format(p.confidence(), 3),
            p.coded().map(Stance::label).orElse(""), why, p.evidence(), r.text());
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      positions.close();
    } finally {
      timelineIds.finish();
    }
  }

  private record Review(Position position, String text, double urgency, long seq) {}
}
