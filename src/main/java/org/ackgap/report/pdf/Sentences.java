package org.ackgap.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ackgap.Side;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.StatementRow;
import org.ackgap.report.chart.Formats;

/**
 * Writes the executive summary's one sentence per topic from its numbers and listed statements,
 * e.g. "Third parties confirmed on 18 Oct 2024 (South Korea's NIS); the subject side (RU, KP)
 * denied on 8 Oct 2024 and deflected on 24 Oct 2024; unacknowledged for 60 days."
 */
final class Sentences {

  private static final int MAX_EVENTS = 4;

  private Sentences() {}

  /** Returns the summary sentence of one topic. */
  static String summary(ReportData data, TopicScore score) {
    List<StatementRow> rows = data.statements().getOrDefault(score.topic().id(), List.of());
    List<String> parts = new ArrayList<>();
    parts.add(confirmation(data, score, rows));
    parts.add(subjectSide(score, rows));
    if (score.acknowledgedOn().isPresent()) {
      long days = score.daysUnacknowledged().orElse(-1);
      parts.add("acknowledged on " + Formats.day(score.acknowledgedOn().get())
          + (days > 0 ? ", " + days + (days == 1 ? " day" : " days") + " after confirmation"
              : days == 0 && score.firstConfirmed().isPresent() ? ", before third parties confirmed" : ""));
    } else if (score.daysUnacknowledged().isPresent()) {
      long days = score.daysUnacknowledged().getAsLong();
      parts.add("unacknowledged for " + days + (days == 1 ? " day" : " days"));
    }
    if (score.omissionRate().isPresent() && score.omissionRate().getAsDouble() > 0) {
      parts.add("subject-side coverage left the claim out in "
          + Formats.percent(score.omissionRate().getAsDouble()) + " of its items");
    }
    String sentence = String.join("; ", parts) + ".";
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String confirmation(ReportData data, TopicScore score, List<StatementRow> rows) {
    if (score.firstConfirmed().isPresent()) {
      LocalDate confirmed = score.firstConfirmed().get();
      Optional<StatementRow> decisive = rows.stream()
          .filter(r -> r.side() == Side.THIRD_PARTY && !r.date().isAfter(confirmed))
          .filter(r -> r.stance() == Stance.AFFIRM || r.stance() == Stance.DISCUSS)
          .max(Comparator.comparingDouble((StatementRow r) -> contribution(data, r))
              .thenComparing(StatementRow::date, Comparator.reverseOrder()));
      return "third parties confirmed on " + Formats.day(confirmed)
          + decisive.map(r -> " (" + sourceName(data, r.sourceId()) + ")").orElse("");
    }
    if (score.thirdPartyStatements() == 0) {
      return "no third party has addressed the claim";
    }
    return "third-party confirmation stands at " + Formats.number(score.confirmation(), 2)
        + ", below the " + Formats.number(data.parameters().threshold(), 2) + " threshold";
  }

  private static String subjectSide(TopicScore score, List<StatementRow> rows) {
    String who = "the subject side (" + String.join(", ", score.topic().subjects()) + ")";
    List<String> events = new ArrayList<>();
    String previousVerb = null;
    int shown = 0;
    int total = 0;
    for (StatementRow r : rows) {
      if (r.side() != Side.SUBJECT || r.stance() == Stance.NONE || r.stance() == Stance.AFFIRM) {
        continue;
      }
      total++;
      if (shown == MAX_EVENTS) {
        continue;
      }
      String verb = r.stance() == Stance.DENY ? "denied" : "deflected";
      events.add((verb.equals(previousVerb) ? "" : verb + " ") + "on " + Formats.day(r.date()));
      previousVerb = verb;
      shown++;
    }
    if (!events.isEmpty()) {
      String list = events.size() == 1 ? events.get(0)
          : String.join(", ", events.subList(0, events.size() - 1)) + " and " + events.get(events.size() - 1);
      return who + " " + list + (total > shown ? " (" + (total - shown) + " more)" : "");
    }
    if (score.acknowledgedOn().isPresent()) {
      return who + " neither denied nor deflected";
    }
    return score.subjectStatements() == 0 ? who + " has said nothing on record"
        : who + " covered the events without addressing the claim";
  }

  private static double contribution(ReportData data, StatementRow r) {
    Source s = data.sources().get(r.sourceId());
    double reliability = s == null ? Source.DEFAULT_RELIABILITY : s.reliability();
    return reliability * data.parameters().weight(r.stance());
  }

  static String sourceName(ReportData data, String sourceId) {
    Source s = data.sources().get(sourceId);
    return s == null ? sourceId : s.name();
  }
}
