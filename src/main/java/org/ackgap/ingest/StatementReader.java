package org.ackgap.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private int fileIndex = -1;
  private CsvFile current;
  private FileCount count;

  /**
   * Creates a reader over the folder's statement files.
   *
   * @param counts receives one count per statement file as it is opened
   */
  public StatementReader(InputFolder folder, Catalog catalog, RejectSink sink,
      List<FileCount> counts) {
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

    private Parsed(FileCount count, Row row, Statement statement, String reason) {
      this.count = count;
      this.row = row;
      this.statement = statement;
      this.reason = reason;
    }

    /** Returns the statement, or null when the row is rejected. */
    public Statement statement() {
      return statement;
    }
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
      count.read();
      return new Pending(current, count, raw);
    }
  }

  /** Reads a record's fields and checks them, but for duplicate ids. Thread-safe. */
  public Parsed parse(Pending p) {
    Row row = p.file.parse(p.raw);
    Object parsed = parse(row);
    return parsed instanceof Statement s
        ? new Parsed(p.count, row, s, null) : new Parsed(p.count, row, null, (String) parsed);
  }

  /**
   * Takes a parsed record, in file order: returns its statement, or null when the row is
   * rejected (then it is reported to the reject sink).
   */
  public Statement accept(Parsed p) {
    String reason = p.reason;
    if (reason == null && !seen.add(p.statement.id())) {
      reason = "duplicate statement_id '" + p.statement.id() + "'; the first row with it is kept";
    }
    if (reason == null) {
      p.count.used();
      return p.statement;
    }
    p.count.rejected();
    sink.reject(p.row, reason);
    return null;
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
    return new Statement(id, date, sourceId, topics, text, row.get("url"), coded);
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
  }
}
