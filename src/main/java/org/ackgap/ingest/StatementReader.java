package org.ackgap.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.Statement;
import org.ackgap.Topic;

/**
 * Streams the statements of every statement file in order, rejecting the rows it cannot use.
 *
 * <p>Each row ends either returned or rejected with a reason: a malformed record, a missing
 * required value, a bad date, an unknown or rejected source or topic, an unknown stance word, a
 * statement id seen before (the first is kept). Not thread-safe, but for {@link #parse}, which
 * lets worker threads read the records the main thread cuts.
 */
public final class StatementReader implements Closeable {

  static final Set<String> COLUMNS = Set.of("statement_id", "date", "source_id");

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final InputFolder folder;
  private final Catalog catalog;
  private final RejectSink sink;
  private final List<FileCount> counts;
  private final Set<String> topicIds;
  private final IdSet seen = new IdSet();
  private final int chunkSize;
  private int fileIndex = -1;
  private CsvFile current;
  private ChunkedFile chunked;
  private FileCount count;
  /** In a chunked file, the line of the first byte of the next chunk to be settled. */
  private long nextLine;
  /** The line the records of the chunk being accepted count from. */
  private long base;
  /** How many times a chunked file went back to the record reader. */
  private int resumes;

  /**
   * Creates a reader over the folder's statement files.
   *
   * @param counts receives one count per statement file as it is opened
   */
  public StatementReader(InputFolder folder, Catalog catalog, RejectSink sink,
      List<FileCount> counts) {
    this(folder, catalog, sink, counts, 0);
  }

  /**
   * Creates a reader that reads statement files in chunks of {@code chunkSize} bytes for {@link
   * #nextUnit}, or record by record when it is 0.
   */
  public StatementReader(InputFolder folder, Catalog catalog, RejectSink sink,
      List<FileCount> counts, int chunkSize) {
    this.chunkSize = chunkSize;
    this.folder = folder;
    this.catalog = catalog;
    this.sink = sink;
    this.counts = counts;
    this.topicIds = catalog.topics().stream().map(Topic::id).collect(Collectors.toSet());
  }

  /**
   * Checks every statement file's header before anything is read, so that a missing column stops
   * the run before it has published anything.
   *
   * @throws InputException naming the file and the missing columns
   */
  public void checkHeaders() throws IOException {
    for (String name : folder.statementFiles()) {
      try (CsvFile csv = CsvFile.open(folder.dir().resolve(name), name)) {
        csv.require(COLUMNS);
        requireTextOrStance(csv);
      }
    }
  }

  private static void requireTextOrStance(CsvFile csv) {
    try {
      csv.require(Set.of("text"));
    } catch (InputException noText) {
      try {
        csv.require(Set.of("stance"));
      } catch (InputException noStance) {
        throw noText;
      }
    }
  }

  /**
   * Returns the next usable statement, or null when every file has been read.
   *
   * @throws IOException if a file cannot be read
   */
  public Statement next() throws IOException {
    for (Pending p = nextRecord(); p != null; p = nextRecord()) {
      Statement s = accept(parse(p));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * One record of a statement file, cut but not yet read: the main thread cuts records in file
   * order, any thread {@link #parse}s them, and the main thread {@link #accept}s them in order.
   */
  public static final class Pending {
    private final CsvFile file;
    private final FileCount count;
    private final RawRecord raw;

    private Pending(CsvFile file, FileCount count, RawRecord raw) {
      this.file = file;
      this.count = count;
      this.raw = raw;
    }
  }

  /**
   * A parsed record: the statement, or why the row cannot be used. The check that needs every
   * earlier row (a duplicate id) is left to {@link #accept}.
   */
  public static final class Parsed {
    private final FileCount count;
    private final Row row;
    private final Statement statement;
    private final String reason;
    /** Whether the row's line counts from the first line of its chunk. */
    private final boolean relative;
    /** Where the record stands in its chunk, when its row was read without decoding it. */
    private byte[] bytes;
    private int from;
    private int to;

    private Parsed(FileCount count, Row row, Statement statement, String reason,
        boolean relative) {
      this.count = count;
      this.row = row;
      this.statement = statement;
      this.reason = reason;
      this.relative = relative;
    }

    private void source(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }

    /** Returns the statement, or null when the row is rejected. */
    public Statement statement() {
      return statement;
    }
  }

  /**
   * Work for a worker: a chunk of whole lines of a statement file, or a run of records the
   * record reader cut.
   */
  public static final class Unit {
    private final ChunkedFile.Chunk chunk;
    private final List<Pending> records;
    private final FileCount count;

    private Unit(ChunkedFile.Chunk chunk, List<Pending> records, FileCount count) {
      this.chunk = chunk;
      this.records = records;
      this.count = count;
    }
  }

  /** What a worker made of a unit: its records parsed, in order, and where cutting stopped. */
  public static final class Parsing {
    private final List<Parsed> parsed;
    private final ChunkCutter.Cut cut;

    private Parsing(List<Parsed> parsed, ChunkCutter.Cut cut) {
      this.parsed = parsed;
      this.cut = cut;
    }

    /** Returns the parsed records, in file order. */
    public List<Parsed> parsed() {
      return parsed;
    }

    /** Returns whether the unit's last record runs on into the next unit of its file. */
    public boolean runsOn() {
      return cut != null && cut.stop() == ChunkCutter.Stop.TAIL;
    }

    /** Returns whether the rest of the unit's file must be read record by record. */
    public boolean odd() {
      return cut != null && cut.stop() == ChunkCutter.Stop.ODD;
    }
  }

  /**
   * Opens the next statement file, after finishing the current one; returns false when every
   * file has been read. Call it only when every unit of the current file has been settled.
   *
   * @throws IOException if a file cannot be read
   */
  public boolean nextFile() throws IOException {
    finishFile();
    if (++fileIndex >= folder.statementFiles().size()) {
      return false;
    }
    String name = folder.statementFiles().get(fileIndex);
    Path path = folder.dir().resolve(name);
    if (chunkSize > 0) {
      chunked = ChunkedFile.open(path, name, chunkSize);
    }
    if (chunked != null) {
      try {
        chunked.header().require(COLUMNS);
      } catch (InputException e) {
        chunked.close();
        chunked = null;
        throw e;
      }
      nextLine = chunked.firstLine();
    } else {
      current = CsvFile.open(path, name);
      current.require(COLUMNS);
    }
    count = new FileCount(name);
    counts.add(count);
    return true;
  }

  private void finishFile() throws IOException {
    if (chunked != null) {
      count.sha256(chunked.sha256());
      chunked.close();
      chunked = null;
    }
    if (current != null) {
      count.sha256(current.sha256());
      current.close();
      current = null;
    }
  }

  /**
   * Returns the next unit of the current file, or null at its end; a run holds at most {@code
   * records} records. Runs on the reading thread.
   *
   * @throws IOException if the file cannot be read
   */
  public Unit nextUnit(int records) throws IOException {
    if (chunked != null) {
      ChunkedFile.Chunk c = chunked.next();
      return c == null ? null : new Unit(c, null, count);
    }
    if (current == null) {
      return null;
    }
    List<Pending> batch = new ArrayList<>(records);
    while (batch.size() < records) {
      RawRecord raw = current.nextRaw();
      if (raw == null) {
        break;
      }
      batch.add(new Pending(current, count, raw));
    }
    return batch.isEmpty() ? null : new Unit(null, batch, count);
  }

  /** Cuts and parses a unit, but for duplicate ids. Thread-safe. */
  public Parsing parse(Unit u) {
    if (u.records != null) {
      List<Parsed> out = new ArrayList<>(u.records.size());
      for (Pending p : u.records) {
        out.add(parse(p));
      }
      return new Parsing(out, null);
    }
    ChunkedFile.Chunk c = u.chunk;
    CsvFile file = c.file().header();
    byte[] bytes = c.bytes();
    ChunkCutter.Cut cut = ChunkCutter.cut(bytes, c.length(), c.last(), file);
    List<Parsed> out = new ArrayList<>(cut.records().size());
    for (ChunkCutter.Span span : cut.records()) {
      Row row = span.text() == null
          ? file.parseBytes(bytes, span.from(), span.to(), span.line()) : null;
      if (row == null) {
        String text = span.text() != null ? span.text()
            : ChunkCutter.decode(bytes, span.from(), span.to());
        out.add(parse(file, u.count, new RawRecord(span.line(), text, null), true));
        continue;
      }
      Object parsed = parse(row);
      if (parsed instanceof Statement s) {
        // decoded only if a duplicate id rejects it after all
        Parsed p = new Parsed(u.count, row, s, null, true);
        p.source(bytes, span.from(), span.to());
        out.add(p);
      } else {
        row = withRaw(row, ChunkCutter.decode(bytes, span.from(), span.to()));
        out.add(new Parsed(u.count, row, null, (String) parsed, true));
      }
    }
    return new Parsing(out, cut);
  }

  /**
   * What {@link #settle} needs from its caller: the work done on a unit (its parsing and
   * whatever else was made from it), what to do with its records, and how to do that work again
   * on a unit made by joining two.
   *
   * @param <D> the work done on one unit
   */
  public interface Settler<D> {

    /** Returns the parsing within the work done on a unit. */
    Parsing parsing(D done);

    /**
     * Takes the unit's records, in input order: passes each to {@link #accept} and keeps the
     * statements it returns.
     *
     * @throws IOException if what is made of them cannot be written
     */
    void take(D done) throws IOException;

    /** Does the work on a unit again: {@link #parse} it, and the rest. */
    D redo(Unit joined);
  }

  /**
   * Settles the oldest unit in flight, on the reading thread: takes its records in input order,
   * then ends it where its cutting stopped. A unit whose last record runs on into the next is
   * joined to it (the head of {@code inflight}, else the next unit read) and the joined unit
   * worked on and settled in turn; a unit whose cutting found what only the record reader reads
   * right empties {@code inflight}, and the rest of its file is read record by record.
   *
   * @param unit the oldest unit in flight, no longer in {@code inflight}
   * @param done the work done on it
   * @param inflight the units in flight after it, oldest first, all of the same file
   * @param unitOf the unit of an entry of {@code inflight}
   * @param records the most records of a unit read record by record ({@link #nextUnit})
   * @throws IOException if the file cannot be read, or {@link Settler#take} fails
   */
  public <D, E> void settle(Unit unit, D done, Deque<E> inflight, Function<E, Unit> unitOf,
      int records, Settler<D> settler) throws IOException {
    while (true) {
      base = unit.chunk != null ? nextLine : 0;
      settler.take(done);
      Parsing p = settler.parsing(done);
      if (p.cut == null) {
        return;
      }
      nextLine += p.cut.lines();
      if (p.runsOn()) {
        Unit next = inflight.isEmpty() ? nextUnit(records) : unitOf.apply(inflight.poll());
        unit = new Unit(ChunkedFile.join(unit.chunk, p.cut.end(), next.chunk), null, unit.count);
        done = settler.redo(unit);
        continue;
      }
      if (p.odd()) {
        List<ChunkedFile.Chunk> later = new ArrayList<>(inflight.size());
        while (!inflight.isEmpty()) {
          later.add(unitOf.apply(inflight.poll()).chunk);
        }
        current = chunked.resume(unit.chunk, p.cut.end(), later, nextLine);
        chunked = null;
        resumes++;
      }
      return;
    }
  }

  /** Returns how many times a file read in chunks went back to the record reader. */
  int resumes() {
    return resumes;
  }

  /**
   * Returns the next record of the statement files, or null when every file has been read.
   *
   * @throws IOException if a file cannot be read
   */
  public Pending nextRecord() throws IOException {
    while (true) {
      if (current == null && !openNext()) {
        return null;
      }
      RawRecord raw = current.nextRaw();
      if (raw == null) {
        count.sha256(current.sha256());
        current.close();
        current = null;
        continue;
      }
      return new Pending(current, count, raw);
    }
  }

  /** Reads a record's fields and checks them, but for duplicate ids. Thread-safe. */
  public Parsed parse(Pending p) {
    return parse(p.file, p.count, p.raw, false);
  }

  private Parsed parse(CsvFile file, FileCount count, RawRecord raw, boolean relative) {
    Row row = file.parse(raw);
    Object parsed = parse(row);
    return parsed instanceof Statement s ? new Parsed(count, row, s, null, relative)
        : new Parsed(count, row, null, (String) parsed, relative);
  }

  /**
   * Takes a parsed record, in file order (a unit's from {@link Settler#take}): returns its
   * statement, or null when the row is rejected (then it is reported to the reject sink).
   */
  public Statement accept(Parsed p) {
    p.count.read();
    String reason = p.reason;
    if (reason == null && !seen.add(p.statement.id())) {
      reason = "duplicate statement_id '" + p.statement.id() + "'; the first row with it is kept";
    }
    if (reason == null) {
      p.count.used();
      return p.statement;
    }
    p.count.rejected();
    Row row = p.row;
    if (row.raw() == null) {
      row = withRaw(row, ChunkCutter.decode(p.bytes, p.from, p.to));
    }
    if (p.relative) {
      row = new Row(row.file(), base + row.line(), row.raw(), row.problem(), row.values(),
          row.columns());
    }
    sink.reject(row, reason);
    return null;
  }

  private static Row withRaw(Row row, String raw) {
    return new Row(row.file(), row.line(), raw, row.problem(), row.values(), row.columns());
  }

  private boolean openNext() throws IOException {
    if (++fileIndex >= folder.statementFiles().size()) {
      return false;
    }
    String name = folder.statementFiles().get(fileIndex);
    current = CsvFile.open(folder.dir().resolve(name), name);
    current.require(COLUMNS);
    count = new FileCount(name);
    counts.add(count);
    return true;
  }

  /** Returns the statement, or the reason the row cannot be used; ids are checked later. */
  private Object parse(Row row) {
    if (!row.ok()) {
      return row.problem();
    }
    String missing = InputFolder.missing(row, "statement_id", "date", "source_id");
    if (missing != null) {
      return missing;
    }
    String id = row.get("statement_id");
    LocalDate date = date(row.get("date"));
    if (date == null) {
      return "bad date '" + row.get("date") + "'; expected an ISO date yyyy-mm-dd";
    }
    String sourceId = row.get("source_id");
    Source source = catalog.sources().get(sourceId);
    if (source == null) {
      return catalog.rejectedSources().contains(sourceId)
          ? "source '" + sourceId + "' was rejected in sources.csv"
          : "unknown source '" + sourceId + "'; expected a source_id of sources.csv";
    }
    List<String> topics = InputFolder.splitList(row.get("topic_id"), ";");
    for (String t : topics) {
      if (!topicIds.contains(t)) {
        return catalog.rejectedTopics().contains(t)
            ? "topic '" + t + "' was rejected in topics.csv"
            : "unknown topic '" + t + "'; expected a topic_id of topics.csv";
      }
    }
    Optional<Stance> coded = Optional.empty();
    String word = row.get("stance");
    if (!word.isEmpty()) {
      coded = Stance.parse(word);
      if (coded.isEmpty()) {
        return "unknown stance '" + word + "'; expected affirm, deny, discuss or none (or a"
            + " synonym of SPEC §2)";
      }
    }
    String text = row.getRaw("text");
    if (text.isBlank() && coded.isEmpty()) {
      return "missing required value: text (required when stance is blank)";
    }
    if (text.isBlank() && topics.isEmpty()) {
      return "missing required value: topic_id (a statement without text belongs to no topic"
          + " unless it names one)";
    }
    // the catalog's own id: its hash is computed once, and look-ups downstream meet the same String
    return new Statement(id, date, source.id(), topics, text, row.get("url"), coded);
  }

  /**
   * Returns the date {@code yyyy-mm-dd} names, or null when it names none. Plain ten-character
   * dates are read by hand; anything else goes to the strict formatter, which decides alone.
   */
  static LocalDate date(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    try {
      return LocalDate.parse(s, ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
    }
    if (chunked != null) {
      chunked.close();
    }
  }
}
