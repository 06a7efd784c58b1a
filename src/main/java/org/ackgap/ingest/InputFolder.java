package org.ackgap.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ackgap.Parameters;
import org.ackgap.Source;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.Topic;

/**
 * The input folder of SPEC §2: finds its files and reads topics, sources and parameters.
 *
 * <p>Rows that cannot be used go to the {@link RejectSink}; a folder that cannot be used at all
 * (a required file or column missing, a duplicate topic or source id, a bad properties file)
 * throws {@link InputException} naming the file, the line and what was expected.
 */
public final class InputFolder {

  /** The parameters file, optional. */
  public static final String PROPERTIES = "ackgap.properties";

  static final Set<String> TOPIC_COLUMNS = Set.of("topic_id", "title", "claim", "subjects");
  static final Set<String> SOURCE_COLUMNS = Set.of("source_id", "name", "actor", "type");

  /** The folder of articles (SPEC §6), optional. */
  public static final String ARTICLES = "articles";

  /** The keys of ackgap.properties that say how files are read, not how topics are scored. */
  static final List<String> SETTING_KEYS =
      List.of("max_reject_share", "csv_encoding", "csv_delimiter");

  private final Path dir;
  private final List<String> statementFiles;
  private final InputSettings settings;

  private InputFolder(Path dir, List<String> statementFiles, InputSettings settings) {
    this.dir = dir;
    this.statementFiles = List.copyOf(statementFiles);
    this.settings = settings;
  }

  /** Returns the folder of articles, if the input has one. */
  public java.util.Optional<Path> articles() {
    Path articles = dir.resolve(ARTICLES);
    return Files.isDirectory(articles) ? java.util.Optional.of(articles)
        : java.util.Optional.empty();
  }

  /**
   * Opens an input folder and checks that its required files exist.
   *
   * @param articlesElsewhere whether the articles are read from another folder (a distributed
   *     run's, SPEC §8), so that neither articles/ nor a statements file need be here
   * @throws InputException if the folder, topics.csv, sources.csv or every statements file is
   *     missing, or ackgap.properties is bad
   * @throws IOException if the folder cannot be listed
   */
  public static InputFolder open(Path dir, boolean articlesElsewhere) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such input folder; expected topics.csv, sources.csv"
          + " and statements.csv in it");
    }
    for (String name : List.of("topics.csv", "sources.csv")) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new InputException(dir.resolve(name) + ": required file is missing");
      }
    }
    List<String> files = new ArrayList<>();
    if (Files.isRegularFile(dir.resolve("statements.csv"))) {
      files.add("statements.csv");
    }
    files.addAll(list(dir, "statements?*.csv", ""));
    Path sub = dir.resolve("statements");
    if (Files.isDirectory(sub)) {
      files.addAll(list(sub, "*.csv", "statements/"));
    }
    if (files.isEmpty() && !articlesElsewhere && !Files.isDirectory(dir.resolve(ARTICLES))) {
      throw new InputException(dir.resolve("statements.csv")
          + ": required file is missing (nor is there any statements*.csv, statements/*.csv or"
          + " articles/ folder)");
    }
    // read first: its encoding and delimiter apply to topics.csv and sources.csv too
    return new InputFolder(dir, files, readSettings(dir));
  }

  private static List<String> list(Path dir, String glob, String prefix) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
      for (Path p : stream) {
        if (Files.isRegularFile(p)) {
          names.add(prefix + p.getFileName());
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** Returns the folder. */
  public Path dir() {
    return dir;
  }

  /** Returns every input file that exists, relative to the folder, in reading order. */
  public List<String> files() {
    List<String> all = new ArrayList<>(List.of("topics.csv", "sources.csv"));
    if (Files.isRegularFile(dir.resolve(PROPERTIES))) {
      all.add(PROPERTIES);
    }
    all.addAll(statementFiles);
    return all;
  }

  /** Returns how the folder's CSV files are read, from ackgap.properties. */
  public InputSettings settings() {
    return settings;
  }

  /**
   * Opens one of the folder's CSV files with its settings.
   *
   * @param name the file, relative to the folder
   * @throws InputException if the file is empty or its header cannot be read
   * @throws IOException if the file cannot be opened
   */
  public CsvSource csv(String name) throws IOException {
    return CsvSource.open(dir.resolve(name), name, settings);
  }

  /** Returns the statement files, relative to the folder, in reading order. */
  public List<String> statementFiles() {
    return statementFiles;
  }

  /**
   * Checks every statement file's header before anything is read, so that a missing column stops
   * the run before it has published anything.
   *
   * @throws InputException naming the file and the missing columns
   * @throws IOException if a file cannot be read
   */
  public void checkStatementHeaders() throws IOException {
    for (String name : statementFiles) {
      try (CsvSource csv = csv(name)) {
        csv.require(StatementParser.COLUMNS);
        if (!csv.has("text")) {
          // a file of coded rows may leave the text out; one with neither is of no use
          csv.require(Set.of(csv.has("stance") ? "stance" : "text"));
        }
      }
    }
  }

  /**
   * Reads topics, sources and parameters.
   *
   * @param sink receives the rows that are not used
   * @param counts receives one count per file read
   * @throws InputException if the folder cannot be used at all
   * @throws IOException if a file cannot be read
   */
  public Catalog readCatalog(RejectSink sink, List<FileCount> counts) throws IOException {
    Set<String> rejectedTopics = new HashSet<>();
    List<Topic> topics = readTopics(sink, counts, rejectedTopics);
    Set<String> rejectedSources = new HashSet<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, List<String>> domains = new LinkedHashMap<>();
    Map<String, Source> sources = readSources(sink, counts, rejectedSources, aliases, domains);
    aliases.keySet().retainAll(sources.keySet());
    domains.keySet().retainAll(sources.keySet());
    return new Catalog(topics, sources, readParameters(), rejectedTopics, rejectedSources,
        aliases, domains);
  }

  private List<Topic> readTopics(RejectSink sink, List<FileCount> counts, Set<String> rejected)
      throws IOException {
    return List.copyOf(this.<Topic>readById("topics.csv", TOPIC_COLUMNS, "topic_id", row -> {
      String reason = missing(row, "topic_id", "title", "claim", "subjects");
      if (reason != null) {
        return reason;
      }
      String id = row.get("topic_id");
      if (!Topic.ID.matcher(id).matches()) {
        return "invalid topic_id '" + id + "'; expected " + Topic.ID.pattern()
            + " (lower-case letters, digits and hyphens: it names files)";
      }
      List<String> subjects = splitList(row.get("subjects"), ";");
      if (subjects.isEmpty()) {
        return "subjects is empty; expected actor codes separated by ';'";
      }
      return new Topic(id, row.get("title"), row.get("claim"), subjects,
          splitList(row.get("terms"), "|"), splitList(row.get("context_terms"), "|"));
    }, sink, counts, rejected).values());
  }

  private Map<String, Source> readSources(RejectSink sink, List<FileCount> counts,
      Set<String> rejected, Map<String, List<String>> aliases, Map<String, List<String>> domains)
      throws IOException {
    return this.<Source>readById("sources.csv", SOURCE_COLUMNS, "source_id", row -> {
      String reason = missing(row, "source_id", "name", "actor", "type");
      if (reason != null) {
        return reason;
      }
      SourceType type = SourceType.parse(row.get("type")).orElse(null);
      if (type == null) {
        return "unknown type '" + row.get("type") + "'; expected one of " + SourceType.labels();
      }
      double reliability = Source.DEFAULT_RELIABILITY;
      if (!row.get("reliability").isEmpty()) {
        try {
          reliability = Double.parseDouble(row.get("reliability"));
        } catch (NumberFormatException e) {
          reliability = Double.NaN;
        }
        if (!(reliability >= 0 && reliability <= 1)) {
          return "reliability '" + row.get("reliability") + "' is not a number from 0 to 1";
        }
      }
      String id = row.get("source_id");
      String group = row.get("group").isEmpty() ? id : row.get("group");
      aliases.put(id, splitList(row.get("aliases"), "|"));
      domains.put(id, splitList(row.get("domains"), "|"));
      return new Source(id, row.get("name"), row.get("actor"), type, reliability, group);
    }, sink, counts, rejected);
  }

  /**
   * Reads a file of rows keyed by a unique id: each row becomes a value or, when {@code parse}
   * returns a reason instead, a reject whose id is remembered so that statements naming it can
   * say why.
   *
   * @throws InputException on a repeated id, naming both lines: ids must be unique
   */
  private <T> Map<String, T> readById(String file, Set<String> columns, String idColumn,
      Function<Row, Object> parse, RejectSink sink, List<FileCount> counts,
      Set<String> rejected) throws IOException {
    Map<String, T> values = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    FileCount count = new FileCount(file);
    counts.add(count);
    try (CsvSource csv = csv(file)) {
      count.format(csv.format());
      csv.require(columns);
      for (Row row = csv.next(); row != null; row = csv.next()) {
        count.read();
        String id = row.ok() ? row.get(idColumn) : "";
        if (row.ok() && lines.containsKey(id)) {
          throw new InputException(String.format(Locale.ROOT,
              "%s:%d: duplicate %s '%s', first defined on line %d; %s values must be unique",
              file, row.line(), idColumn, id, lines.get(id), idColumn));
        }
        Object parsed = row.ok() ? parse.apply(row) : row.problem();
        if (parsed instanceof String reason) {
          if (!id.isEmpty()) {
            rejected.add(id);
          }
          count.rejected();
          sink.reject(row, reason);
          continue;
        }
        @SuppressWarnings("unchecked")
        T value = (T) parsed;
        values.put(id, value);
        lines.put(id, row.line());
        count.used();
      }
      count.sha256(csv.sha256());
    }
    rejected.removeAll(values.keySet());
    return values;
  }

  /** One key of ackgap.properties: its value and line, for messages that name the line. */
  private record Property(String value, int line) {
    String where() {
      return PROPERTIES + ":" + line + ": ";
    }
  }

  /**
   * Reads {@code ackgap.properties}, or returns the defaults when there is none.
   *
   * @throws InputException on an unknown key, a bad value or undecodable text, naming the line
   */
  public Parameters readParameters() throws IOException {
    Map<String, Property> properties = properties(dir);
    double threshold = Parameters.DEFAULTS.threshold();
    Map<Stance, Double> weights = new EnumMap<>(Parameters.DEFAULTS.weights());
    for (Map.Entry<String, Property> e : properties.entrySet()) {
      String key = e.getKey();
      if (SETTING_KEYS.contains(key)) {
        continue;
      }
      double number = share(key, e.getValue());
      if (key.equals("threshold")) {
        threshold = number;
      } else {
        weights.put(Stance.valueOf(key.substring(7).toUpperCase(Locale.ROOT)), number);
      }
    }
    return new Parameters(threshold, weights);
  }

  /**
   * Reads how files are read from {@code ackgap.properties}: {@code max_reject_share}, {@code
   * csv_encoding}, {@code csv_delimiter} ({@code auto}, the default, detects them per file).
   *
   * @throws InputException on a bad value, naming the line and what was expected
   */
  static InputSettings readSettings(Path dir) throws IOException {
    Map<String, Property> properties = properties(dir);
    double maxShare = InputSettings.DEFAULTS.maxRejectShare();
    java.util.Optional<java.nio.charset.Charset> encoding = java.util.Optional.empty();
    java.util.Optional<Character> delimiter = java.util.Optional.empty();
    Property p = properties.get("max_reject_share");
    if (p != null) {
      maxShare = share("max_reject_share", p);
    }
    p = properties.get("csv_encoding");
    if (p != null && !p.value().equalsIgnoreCase("auto")) {
      try {
        encoding = java.util.Optional.of(java.nio.charset.Charset.forName(p.value()));
      } catch (IllegalArgumentException e) {
        throw new InputException(p.where() + "unknown encoding '" + p.value() + "' for"
            + " csv_encoding; expected auto or a name such as UTF-8, UTF-16, windows-1251,"
            + " KOI8-R, windows-1252, ISO-8859-1");
      }
    }
    p = properties.get("csv_delimiter");
    if (p != null) {
      String v = p.value().toLowerCase(Locale.ROOT);
      switch (v) {
        case "auto" -> { }
        case ",", "comma" -> delimiter = java.util.Optional.of(',');
        case ";", "semicolon" -> delimiter = java.util.Optional.of(';');
        case "tab", "\\t" -> delimiter = java.util.Optional.of('\t');
        default -> throw new InputException(p.where() + "unknown delimiter '" + p.value()
            + "' for csv_delimiter; expected auto, ',' (comma), ';' (semicolon) or tab");
      }
    }
    return new InputSettings(encoding, delimiter, maxShare);
  }

  /** Returns a property's value as a number from 0 to 1. */
  private static double share(String key, Property p) {
    double number;
    try {
      number = Double.parseDouble(p.value());
    } catch (NumberFormatException e) {
      number = Double.NaN;
    }
    if (!(number >= 0 && number <= 1)) {
      throw new InputException(p.where() + "value of '" + key + "' must be a number from 0 to 1,"
          + " found '" + p.value() + "'");
    }
    return number;
  }

  /**
   * Returns the keys of {@code ackgap.properties} (none when there is no such file), lower-case,
   * with their values and lines.
   *
   * @throws InputException on an unknown or repeated key, a line without a value or undecodable
   *     text, naming the line
   */
  private static Map<String, Property> properties(Path dir) throws IOException {
    Path file = dir.resolve(PROPERTIES);
    Map<String, Property> properties = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return properties;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(PROPERTIES + ": not valid UTF-8");
    }
    List<String> known = new ArrayList<>(List.of("threshold"));
    Arrays.stream(Stance.values()).forEach(s -> known.add("weight." + s.label()));
    known.addAll(SETTING_KEYS);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int sep = indexOfSeparator(line);
      String where = PROPERTIES + ":" + (i + 1) + ": ";
      if (sep < 0) {
        throw new InputException(where + "expected 'key = value', found '" + line + "'");
      }
      String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(sep + 1).strip();
      if (properties.containsKey(key)) {
        throw new InputException(where + "key '" + key + "' is set twice");
      }
      if (!known.contains(key)) {
        throw new InputException(where + "unknown key '" + key + "'; expected one of "
            + String.join(", ", known));
      }
      properties.put(key, new Property(value, i + 1));
    }
    return properties;
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }

  /** Returns a reason naming the first required column that is blank, or null. */
  static String missing(Row row, String... columns) {
    for (String c : columns) {
      if (row.get(c).isEmpty()) {
        return "missing required value: " + c;
      }
    }
    return null;
  }

  /** Splits a list cell, stripping items and dropping empty ones and repeats. */
  static List<String> splitList(String cell, String separator) {
    if (cell.isEmpty()) {
      return List.of();
    }
    Set<String> items = new LinkedHashSet<>();
    for (String item : cell.split(java.util.regex.Pattern.quote(separator))) {
      String s = item.strip();
      if (!s.isEmpty()) {
        items.add(s);
      }
    }
    return List.copyOf(items);
  }
}
