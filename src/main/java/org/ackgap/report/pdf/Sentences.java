package org.ackgap.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * denied twice between 8 and 21 Oct 2024 and deflected 11 times between 21 Oct and 16 Dec 2024;
 * unacknowledged for 60 days." Each kind of act is named once, with its count and dates.
 */
final class Sentences {

  private Sentences() {}

  /** Returns the summary sentence of one topic. */
  static String summary(ReportData data, TopicScore score) {
    List<StatementRow> rows = data.statements().getOrDefault(score.topic().id(), List.of());
    List<String> parts = new ArrayList<>();
    parts.add(confirmation(data, score, rows));
    parts.add(subjectSide(data, score, rows));
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

  private static String subjectSide(ReportData data, TopicScore score, List<StatementRow> rows) {
    String who = "the subject side (" + String.join(", ", score.topic().subjects()) + ")";
    List<Act> acts = new ArrayList<>();
    for (StatementRow r : rows) {
      if (r.side() != Side.SUBJECT || r.stance() == Stance.NONE || r.stance() == Stance.AFFIRM) {
        continue;
      }
      Act act = acts.stream().filter(a -> a.stance == r.stance()).findFirst().orElse(null);
      if (act == null) {
        act = new Act(r.stance(), r.date());
        acts.add(act);
      }
      act.listed++;
      act.last = r.date().isAfter(act.last) ? r.date() : act.last;
    }
    if (!acts.isEmpty()) {
      // the report lists a bounded number of statements per topic; the matrix counts them all
      Map<Stance, Integer> all = subjectCounts(data, score);
      List<String> parts = new ArrayList<>();
      for (Act a : acts) {
        parts.add(a.phrase(Math.max(a.listed, all.getOrDefault(a.stance, 0))));
      }
      String list = parts.size() == 1 ? parts.get(0)
          : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
      return who + " " + list;
    }
    if (score.acknowledgedOn().isPresent()) {
      return who + " neither denied nor deflected";
    }
    return score.subjectStatements() == 0 ? who + " has said nothing on record"
        : who + " covered the events without addressing the claim";
  }

  /** One kind of act of the subject side (denying, deflecting): how often and when. */
  private static final class Act {
    final Stance stance;
    final LocalDate first;
    LocalDate last;
    int listed;

    Act(Stance stance, LocalDate first) {
      this.stance = stance;
      this.first = first;
      this.last = first;
    }

    /**
     * Returns "denied on 19 Oct 2024", "deflected three times between 18 and 21 Oct 2024", or,
     * when the report lists only some of them, "deflected 45 times, first on 18 Oct 2024".
     */
    String phrase(int times) {
      String verb = stance == Stance.DENY ? "denied" : "deflected";
      if (times == 1) {
        return verb + " on " + Formats.day(first);
      }
      String counted = verb + " " + times(times);
      if (times > listed) {
        return counted + ", first on " + Formats.day(first);
      }
      return counted + (first.equals(last) ? " on " + Formats.day(first) : " between " + range(first, last));
    }
  }

  private static final String[] TIMES = {"", "once", "twice", "three times", "four times",
      "five times", "six times", "seven times", "eight times", "nine times", "ten times"};

  /** Returns "twice", "three times", …, "ten times", then "11 times". */
  static String times(int n) {
    return n < TIMES.length ? TIMES[n] : n + " times";
  }

  /** Returns two dates as "18 and 21 Oct 2024", "30 Oct and 2 Nov 2024" or in full. */
  static String range(LocalDate from, LocalDate to) {
    if (from.getYear() != to.getYear()) {
      return Formats.day(from) + " and " + Formats.day(to);
    }
    String end = Formats.day(to);
    if (from.getMonth() == to.getMonth()) {
      return from.getDayOfMonth() + " and " + end;
    }
    String start = Formats.day(from);
    return start.substring(0, start.lastIndexOf(' ')) + " and " + end;
  }

  /** Returns, per stance, how many subject-side pairs the topic has, over all its sources. */
  private static Map<Stance, Integer> subjectCounts(ReportData data, TopicScore score) {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    data.matrix().forEach((sourceId, byTopic) -> {
      Source s = data.sources().get(sourceId);
      if (s != null && s.sideOn(score.topic()) == Side.SUBJECT) {
        byTopic.getOrDefault(score.topic().id(), Map.of()).forEach((st, n) -> counts.merge(st, n, Integer::sum));
      }
    });
    return counts;
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
