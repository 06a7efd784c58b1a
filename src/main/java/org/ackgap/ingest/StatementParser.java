package org.ackgap.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.Statement;
import org.ackgap.Topic;

/**
 * Reads one row of a statement file into a statement (SPEC §2), or says why it cannot be used:
 * a malformed record, a missing required value, a bad or ambiguous date ({@link
 * StatementDates}), an unknown or rejected source or topic, an unknown stance word. Pure and thread-safe: worker threads call it.
 */
public final class StatementParser {

  /** The columns every statement file must have. */
  public static final Set<String> COLUMNS = Set.of("statement_id", "date", "source_id");

  private final Catalog catalog;
  private final Set<String> topicIds;

  /** Creates a parser that checks rows against the catalog's topics and sources. */
  public StatementParser(Catalog catalog) {
    this.catalog = catalog;
    this.topicIds = catalog.topics().stream().map(Topic::id).collect(Collectors.toSet());
  }

  /** Returns the row's statement, or why the row cannot be used. */
  public Parsed parse(Row row) {
    if (!row.ok()) {
      return new Parsed.Rejected(row, row.problem());
    }
    String missing = InputFolder.missing(row, "statement_id", "date", "source_id");
    if (missing != null) {
      return new Parsed.Rejected(row, missing);
    }
    LocalDate date = StatementDates.parse(row.get("date"));
    if (date == null) {
      return new Parsed.Rejected(row, StatementDates.problem(row.get("date")));
    }
    String sourceId = row.get("source_id");
    Source source = catalog.sources().get(sourceId);
    if (source == null) {
      return new Parsed.Rejected(row, catalog.rejectedSources().contains(sourceId)
          ? "source '" + sourceId + "' was rejected in sources.csv"
          : "unknown source '" + sourceId + "'; expected a source_id of sources.csv");
    }
    List<String> topics = InputFolder.splitList(row.get("topic_id"), ";");
    for (String t : topics) {
      if (!topicIds.contains(t)) {
        return new Parsed.Rejected(row, catalog.rejectedTopics().contains(t)
            ? "topic '" + t + "' was rejected in topics.csv"
            : "unknown topic '" + t + "'; expected a topic_id of topics.csv");
      }
    }
    String word = row.get("stance");
    Optional<Stance> coded = Stance.parse(word);
    if (!word.isEmpty() && coded.isEmpty()) {
      return new Parsed.Rejected(row, "unknown stance '" + word + "'; expected affirm, deny,"
          + " discuss or none (or a synonym of SPEC §2)");
    }
    String text = row.getRaw("text");
    if (text.isBlank() && coded.isEmpty()) {
      return new Parsed.Rejected(row,
          "missing required value: text (required when stance is blank)");
    }
    if (text.isBlank() && topics.isEmpty()) {
      return new Parsed.Rejected(row, "missing required value: topic_id (a statement without"
          + " text belongs to no topic unless it names one)");
    }
    // the catalog's own id: its hash is computed once, and look-ups downstream meet the same String
    return new Parsed.Accepted(row, new Statement(row.get("statement_id"), date, source.id(),
        topics, text, row.get("url"), coded));
  }
}
