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
import org.ackgap.score.Changes.NewStatement;
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
  private final SubjectPairs subjectPairs;
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
    this(topics, sources, parameters, evaluate, positionsOut, idsFile,
        new SubjectPairs(java.util.Optional.empty()));
  }

  /** Starts collecting, and notes the subject side's pairs in {@code subjectPairs} too. */
  Collector(List<Topic> topics, Map<String, Source> sources,
      org.ackgap.Parameters parameters, boolean evaluate, OutputStream positionsOut,
      java.nio.file.Path idsFile, SubjectPairs subjectPairs) throws IOException {
    this.subjectPairs = subjectPairs;
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
      subjectPairs.add(p);
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

  /** Returns the subject side's pairs as this collector noted them (SPEC §7). */
  SubjectPairs subjectPairs() {
    return subjectPairs;
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

  // ---- A collector per part of the input, merged: a distributed run (SPEC §8) ----

  /**
   * Numbers this collector's positions from {@code base} on, so that the positions of parts of
   * the input collected apart keep their input order when merged: part k starts at k × 2⁴⁰.
   */
  void startSeq(long base) {
    seq = base;
  }

  /** Returns the bytes of timeline ids written per topic index, for {@link #appendTimelineIds}. */
  long[] timelineBytes() {
    return timelineIds.bytesByTopic();
  }

  /**
   * Returns what this collector kept apart from its ledgers and its files: the report's samples,
   * the counts by source, the evaluation's counts, to be merged with {@link #absorb}.
   */
  Partial partial() {
    Partial p = new Partial();
    p.pairs = pairs;
    p.statements = statements;
    p.subjectSeen = subjectPairs.seen();
    p.subjectAdded = new ArrayList<>(subjectPairs.added());
    p.seq = seq;
    p.timelineBytes = timelineBytes();
    topics.forEach((id, t) -> {
      p.kept.put(id, new ArrayList<>(t.kept));
      p.omitted.put(id, t.omitted);
      Map<String, int[]> bySource = new HashMap<>();
      for (int i = 0; i < sourceIds.size(); i++) {
        int[] n = java.util.Arrays.copyOfRange(t.bySource, i * STANCES, (i + 1) * STANCES);
        if (java.util.Arrays.stream(n).anyMatch(x -> x > 0)) {
          bySource.put(sourceIds.get(i), n);
        }
      }
      p.bySource.put(id, bySource);
    });
    p.review.addAll(review);
    for (Stance coded : Stance.values()) {
      for (Stance classified : Stance.values()) {
        p.confusion[coded.ordinal()][classified.ordinal()] = confusion.count(coded, classified);
      }
    }
    return p;
  }

  /**
   * Takes in what another collector of a part of the input kept, as if its positions had been
   * accepted here: the samples keep the same best rows whatever the order of merging, since rows
   * compare by their input order (see {@link #startSeq}). Ledgers merge apart ({@link
   * TopicLedger#merge}); positions.csv and timeline ids are appended in input order.
   */
  void absorb(Partial p) {
    subjectPairs.absorb(p.subjectSeen, p.subjectAdded);
    pairs += p.pairs;
    statements += p.statements;
    seq = Math.max(seq, p.seq);
    p.kept.forEach((id, rows) -> {
      PerTopic t = topics.get(id);
      t.omitted += p.omitted.get(id);
      for (Kept k : rows) {
        t.kept.add(k);
        if (t.kept.size() > REPORT_ROWS) {
          t.kept.poll();
          t.omitted++;
        }
      }
      p.bySource.get(id).forEach((source, n) -> {
        int i = sources.get(source).index();
        for (int s = 0; s < STANCES; s++) {
          t.bySource[i * STANCES + s] += n[s];
        }
      });
    });
    for (Review r : p.review) {
      review.add(r);
      if (review.size() > REVIEW) {
        review.poll();
      }
    }
    for (Stance coded : Stance.values()) {
      for (Stance classified : Stance.values()) {
        for (long n = p.confusion[coded.ordinal()][classified.ordinal()]; n > 0; n--) {
          confusion.add(coded, classified);
        }
      }
    }
  }

  /** Appends positions.csv rows formatted elsewhere (UTF-8, no header), in input order. */
  void appendPositions(java.io.InputStream rows) throws IOException {
    positions.rows(rows);
  }

  /** Appends the timeline ids another collector wrote, in input order (see {@link TimelineIds}). */
  void appendTimelineIds(java.io.InputStream part, long[] bytesByTopic) throws IOException {
    timelineIds.append(part, bytesByTopic);
  }

  /**
   * What a collector of a part of the input kept besides its ledgers and files; serialisable
   * field by field, since the domain records it holds are not.
   */
  static final class Partial implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    transient long pairs;
    transient long statements;
    /** The part's subject-side pairs with a stance, and those new since the previous report. */
    transient long[] subjectSeen = new long[0];
    transient List<NewStatement> subjectAdded = new ArrayList<>();
    transient long seq;
    transient long[] timelineBytes;
    transient Map<String, List<Kept>> kept = new HashMap<>();
    transient Map<String, Integer> omitted = new HashMap<>();
    transient Map<String, Map<String, int[]>> bySource = new HashMap<>();
    transient List<Review> review = new ArrayList<>();
    transient long[][] confusion = new long[STANCES][STANCES];

    /**
     * Returns what two parts kept, merged as {@link #absorb} merges: the best rows of both, the
     * sums of their counts. Associative and commutative, so an engine may merge in any tree.
     */
    static Partial merge(Partial a, Partial b) {
      Partial m = new Partial();
      m.pairs = a.pairs + b.pairs;
      m.statements = a.statements + b.statements;
      m.subjectSeen = java.util.Arrays.copyOf(a.subjectSeen,
          a.subjectSeen.length + b.subjectSeen.length);
      System.arraycopy(b.subjectSeen, 0, m.subjectSeen, a.subjectSeen.length,
          b.subjectSeen.length);
      m.subjectAdded = new ArrayList<>(a.subjectAdded);
      m.subjectAdded.addAll(b.subjectAdded);
      m.seq = Math.max(a.seq, b.seq);
      m.timelineBytes = a.timelineBytes.clone();
      for (int t = 0; t < m.timelineBytes.length; t++) {
        m.timelineBytes[t] += b.timelineBytes[t];
      }
      for (String id : a.kept.keySet()) {
        List<Kept> rows = new ArrayList<>(a.kept.get(id));
        rows.addAll(b.kept.get(id));
        rows.sort(KEPT_ORDER);
        List<Kept> best = new ArrayList<>(rows.subList(0, Math.min(REPORT_ROWS, rows.size())));
        m.kept.put(id, best);
        m.omitted.put(id, a.omitted.get(id) + b.omitted.get(id) + rows.size() - best.size());
        Map<String, int[]> bySource = new HashMap<>();
        for (Map<String, int[]> part : List.of(a.bySource.get(id), b.bySource.get(id))) {
          part.forEach((source, n) -> {
            int[] sum = bySource.computeIfAbsent(source, k -> new int[STANCES]);
            for (int i = 0; i < STANCES; i++) {
              sum[i] += n[i];
            }
          });
        }
        m.bySource.put(id, bySource);
      }
      List<Review> review = new ArrayList<>(a.review);
      review.addAll(b.review);
      review.sort(Comparator.comparingDouble(Review::urgency).reversed()
          .thenComparingLong(Review::seq));
      m.review = new ArrayList<>(review.subList(0, Math.min(REVIEW, review.size())));
      for (int i = 0; i < STANCES; i++) {
        for (int j = 0; j < STANCES; j++) {
          m.confusion[i][j] = a.confusion[i][j] + b.confusion[i][j];
        }
      }
      return m;
    }

    /** Returns this part's timeline id bytes per topic index. */
    long[] timelineBytes() {
      return timelineBytes;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
      out.writeLong(pairs);
      out.writeLong(statements);
      out.writeObject(subjectSeen);
      out.writeInt(subjectAdded.size());
      for (NewStatement n : subjectAdded) {
        writeStrings(out, n.topicId(), n.statementId(), n.date().toString(), n.sourceId(),
            n.stance().name());
      }
      out.writeLong(seq);
      out.writeObject(timelineBytes);
      out.writeObject(new HashMap<>(omitted));
      out.writeObject(new HashMap<>(bySource));
      out.writeObject(confusion);
      out.writeInt(kept.size());
      for (Map.Entry<String, List<Kept>> e : kept.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (Kept k : e.getValue()) {
          out.writeInt(k.rank());
          out.writeLong(k.day());
          out.writeLong(k.seq());
          StatementRow r = k.row();
          writeStrings(out, r.statementId(), r.date().toString(), r.sourceId(), r.side().name(),
              r.stance().name(), r.origin().name(), r.evidence(), r.text(), r.url());
          out.writeDouble(r.confidence());
        }
      }
      out.writeInt(review.size());
      for (Review r : review) {
        Position p = r.position();
        writeStrings(out, p.statementId(), p.topicId(), p.date().toString(), p.sourceId(),
            p.side().name(), p.stance().name(), p.origin().name(), p.evidence(),
            p.coded().map(Stance::name).orElse(""), r.text());
        out.writeDouble(p.confidence());
        out.writeDouble(r.urgency());
        out.writeLong(r.seq());
      }
    }

    @SuppressWarnings("unchecked")
    private void readObject(java.io.ObjectInputStream in)
        throws IOException, ClassNotFoundException {
      pairs = in.readLong();
      statements = in.readLong();
      subjectSeen = (long[]) in.readObject();
      subjectAdded = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String[] f = readStrings(in, 5);
        subjectAdded.add(new NewStatement(f[0], f[1], java.time.LocalDate.parse(f[2]), f[3],
            Stance.valueOf(f[4])));
      }
      seq = in.readLong();
      timelineBytes = (long[]) in.readObject();
      omitted = (Map<String, Integer>) in.readObject();
      bySource = (Map<String, Map<String, int[]>>) in.readObject();
      confusion = (long[][]) in.readObject();
      kept = new HashMap<>();
      for (int topics = in.readInt(); topics > 0; topics--) {
        String id = in.readUTF();
        List<Kept> rows = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
          int rank = in.readInt();
          long day = in.readLong();
          long seq = in.readLong();
          String[] f = readStrings(in, 9);
          rows.add(new Kept(rank, day, seq, new StatementRow(f[0],
              java.time.LocalDate.parse(f[1]), f[2], org.ackgap.Side.valueOf(f[3]),
              Stance.valueOf(f[4]), Origin.valueOf(f[5]), in.readDouble(), f[6], f[7], f[8])));
        }
        kept.put(id, rows);
      }
      review = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String[] f = readStrings(in, 10);
        double confidence = in.readDouble();
        Position p = new Position(f[0], f[1], java.time.LocalDate.parse(f[2]), f[3],
            org.ackgap.Side.valueOf(f[4]), Stance.valueOf(f[5]), Origin.valueOf(f[6]),
            confidence, f[7],
            f[8].isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Stance.valueOf(f[8])));
        rows(review, p, f[9], in.readDouble(), in.readLong());
      }
    }

    private static void rows(List<Review> review, Position p, String text, double urgency,
        long seq) {
      review.add(new Review(p, text, urgency, seq));
    }

    /** Writes strings of any length (writeUTF stops at 64 KB). */
    private static void writeStrings(java.io.ObjectOutputStream out, String... values)
        throws IOException {
      for (String v : values) {
        byte[] b = v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
    }

    private static String[] readStrings(java.io.ObjectInputStream in, int n) throws IOException {
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        out[i] = new String(b, java.nio.charset.StandardCharsets.UTF_8);
      }
      return out;
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
