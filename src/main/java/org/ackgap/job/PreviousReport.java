package org.ackgap.job;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ackgap.Status;
import org.ackgap.report.ReportData.RunPoint;
import org.ackgap.report.csv.Tables;
import org.ackgap.score.Changes.TopicState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The report {@code latest} pointed at when this run started (SPEC §7), read back from its own
 * tables: what this run's changes are measured against, and the history it extends.
 *
 * @param asOf its as-of date, the name of its folder
 * @param topics its gap_scores.csv rows, in its order
 * @param subjectPairs its subject-side pairs with a stance ({@link SubjectPairs}), if it kept them
 * @param history its history.csv rows, empty if it had none
 */
record PreviousReport(LocalDate asOf, List<TopicState> topics, Optional<long[]> subjectPairs,
    List<RunPoint> history) {

  PreviousReport {
    topics = List.copyOf(topics);
    history = List.copyOf(history);
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).get();

  /**
   * Reads the report {@code latest} points at in {@code output}, if there is one.
   *
   * @throws IOException if there is one and it cannot be read, naming the file
   */
  static Optional<PreviousReport> read(Path output) throws IOException {
    Path latest = output.resolve(OutputFolder.LATEST);
    if (!Files.isSymbolicLink(latest)) {
      return Optional.empty();
    }
    Path target = Files.readSymbolicLink(latest);
    Path dir = output.resolve(target);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(target.getFileName().toString());
    } catch (DateTimeParseException e) {
      throw new IOException(latest + " points at " + target + ", not at a dated report folder");
    }
    List<TopicState> topics = new ArrayList<>();
    Path scores = dir.resolve("gap_scores.csv");
    for (CSVRecord r : records(scores, Tables.GAP_SCORES)) {
      try {
        topics.add(new TopicState(r.get("topic_id"), r.get("title"),
            Status.valueOf(r.get("status").toUpperCase(Locale.ROOT)), gap(r.get("gap_score")),
            day(r.get("first_confirmed")), day(r.get("acknowledged_on"))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IOException(scores + " line " + r.getParser().getCurrentLineNumber()
            + ": " + e.getMessage());
      }
    }
    Optional<long[]> pairs = Optional.empty();
    Path pairsFile = dir.resolve(SubjectPairs.FILE);
    if (Files.isRegularFile(pairsFile)) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(pairsFile))) {
        pairs = Optional.of(SubjectPairs.read(in));
      } catch (IOException e) {
        throw new IOException(pairsFile + ": " + e.getMessage());
      }
    }
    List<RunPoint> history = new ArrayList<>();
    Path historyFile = dir.resolve(OutputFolder.HISTORY);
    if (Files.isRegularFile(historyFile)) {
      for (CSVRecord r : records(historyFile, Tables.HISTORY)) {
        try {
          history.add(new RunPoint(LocalDate.parse(r.get("as_of")), r.get("topic_id"),
              Status.valueOf(r.get("status").toUpperCase(Locale.ROOT)),
              Double.parseDouble(r.get("gap_score")), Double.parseDouble(r.get("confirmation")),
              Double.parseDouble(r.get("acknowledgement"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new IOException(historyFile + " line " + r.getParser().getCurrentLineNumber()
              + ": " + e.getMessage());
        }
      }
    }
    return Optional.of(new PreviousReport(asOf, topics, pairs, history));
  }

  private static List<CSVRecord> records(Path file, List<String> columns) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(file.toString(), null, "the previous report has no such file");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      if (!parser.getHeaderNames().containsAll(columns)) {
        throw new IOException(file + ": expected the columns " + columns + ", found "
            + parser.getHeaderNames());
      }
      return parser.getRecords();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": " + e.getMessage());
    }
  }

  private static String gap(String value) {
    Double.parseDouble(value); // a number, or the row is refused
    return value;
  }

  private static Optional<LocalDate> day(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
  }
}
