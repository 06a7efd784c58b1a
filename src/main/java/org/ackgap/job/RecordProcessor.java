package org.ackgap.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.Position;
import org.ackgap.classify.PositionMaker;
import org.ackgap.ingest.Parsed;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.StatementParser;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.report.csv.Tables;

/**
 * The work done on each input row, on any thread: parse it, and for a statement dated no later
 * than the as-of date, find its positions and format their positions.csv rows. Pure: what it
 * returns depends on the row alone, so rows can be processed in any order and on any number of
 * threads, and collected in input order.
 */
final class RecordProcessor {

  /**
   * One processed row.
   *
   * @param parsed the statement, or why the row is rejected
   * @param positions the statement's positions, or null when it is rejected or after the as-of
   * @param rows the positions' positions.csv rows, or "" with no positions
   */
  record Processed(Parsed parsed, List<Position> positions, String rows) {}

  private final StatementParser parser;
  private final PositionMaker maker;
  private final LocalDate asOf;
  private final boolean evaluate;

  RecordProcessor(StatementParser parser, PositionMaker maker, LocalDate asOf, boolean evaluate) {
    this.parser = parser;
    this.maker = maker;
    this.asOf = asOf;
    this.evaluate = evaluate;
  }

  /** Processes a batch of rows, in order. */
  List<Processed> process(List<Row> rows) {
    CsvOut.Formatter formatter = new CsvOut.Formatter();
    List<Processed> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(process(row, formatter));
    }
    return out;
  }

  private Processed process(Row row, CsvOut.Formatter formatter) {
    Parsed parsed = parser.parse(row);
    if (!(parsed instanceof Parsed.Accepted a) || a.statement().date().isAfter(asOf)) {
      return new Processed(parsed, null, "");
    }
    List<Position> positions = maker.positions(a.statement());
    String article = row.get("article_id");
    if (!article.isEmpty()) {
      // provenance in the evidence, which positions.csv and the report's statement tables show
      String speaker = row.get("speaker");
      String from = "; article " + article + (speaker.isEmpty() ? "" : ", speaker " + speaker);
      positions = positions.stream().map(p -> new Position(p.statementId(), p.topicId(),
          p.date(), p.sourceId(), p.side(), p.stance(), p.origin(), p.confidence(),
          p.evidence() + from, p.coded())).toList();
    }
    for (Position p : positions) {
      formatter.row(Tables.positionRow(p, evaluate));
    }
    return new Processed(parsed, positions, formatter.take());
  }
}
