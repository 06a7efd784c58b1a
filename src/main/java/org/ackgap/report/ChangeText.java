package org.ackgap.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.report.chart.Formats;
import org.ackgap.score.Changes.Change;
import org.ackgap.score.Changes.NewStatement;

/**
 * Tells the changes since the previous run in words: one line per change for standard output,
 * where cron mails it, and one sentence per topic for the brief.
 */
public final class ChangeText {

  /** New statements named one by one in a sentence before the rest are counted. */
  private static final int NAMED = 3;

  private ChangeText() {}

  /**
   * Returns one change as a line of standard output, such as {@code nk-troops-kursk: status
   * DENIED -> ACKNOWLEDGED}. Plain ASCII arrows: cron's mail may not say its character set.
   */
  public static String line(Change c) {
    String id = c.topicId();
    return switch (c.field()) {
      case "topic" -> c.after().equals("present")
          ? id + ": new topic \"" + c.title() + "\""
          : id + ": topic removed from the input";
      case "status" -> id + ": status " + c.before() + " -> " + c.after();
      case "gap_score" -> id + ": gap score " + c.before() + " -> " + c.after();
      case "first_confirmed" -> c.after().isEmpty()
          ? id + ": no longer confirmed (was since " + c.before() + ")"
          : id + ": confirmed by third parties since " + c.after();
      case "acknowledged_on" -> c.after().isEmpty()
          ? id + ": no longer acknowledged (was on " + c.before() + ")"
          : id + ": acknowledged on " + c.after();
      case "subject_statement" -> {
        NewStatement s = c.statement().orElseThrow();
        yield id + ": new subject-side statement " + s.statementId() + " (" + s.stance().label()
            + ") by " + s.sourceId() + " on " + s.date();
      }
      default -> id + ": " + c.field() + " " + c.before() + " -> " + c.after();
    };
  }

  /**
   * Returns one sentence per topic that changed, in the order of the changes, such as "Russian
   * General Staff acknowledged nk-troops-kursk on 26 Apr 2025: gap 99.9 → 0.0."
   */
  public static List<String> sentences(List<Change> changes, Map<String, Source> sources) {
    Map<String, List<Change>> byTopic = new LinkedHashMap<>();
    changes.forEach(c -> byTopic.computeIfAbsent(c.topicId(), k -> new ArrayList<>()).add(c));
    List<String> sentences = new ArrayList<>();
    byTopic.forEach((id, list) -> sentences.add(sentence(id, list, sources)));
    return sentences;
  }

  private static String sentence(String id, List<Change> list, Map<String, Source> sources) {
    Optional<Change> topic = field(list, "topic");
    if (topic.isPresent() && topic.get().after().equals("absent")) {
      return id + " (" + topic.get().title() + ") is no longer in the input.";
    }
    List<NewStatement> statements = list.stream().flatMap(c -> c.statement().stream()).toList();
    Optional<Change> status = field(list, "status");
    Optional<Change> gap = field(list, "gap_score");
    Optional<Change> acknowledged = field(list, "acknowledged_on");
    Optional<Change> confirmed = field(list, "first_confirmed");
    List<String> parts = new ArrayList<>();
    String lead;
    if (topic.isPresent()) {
      lead = id + " (" + topic.get().title() + ") is new";
      statements = List.of(); // a new topic's statements are all new: the brief shows them
    } else if (acknowledged.isPresent() && !acknowledged.get().after().isEmpty()) {
      LocalDate on = LocalDate.parse(acknowledged.get().after());
      Optional<NewStatement> by = statements.stream()
          .filter(s -> s.stance() == Stance.AFFIRM && s.date().equals(on)).findFirst();
      lead = by.map(s -> name(sources, s.sourceId()) + " acknowledged " + id)
          .orElse("The subject side acknowledged " + id) + " on " + Formats.day(on);
      if (by.isPresent()) {
        NewStatement named = by.get();
        statements = statements.stream().filter(s -> s != named).toList();
      }
    } else {
      lead = id;
    }
    gap.ifPresent(g -> parts.add("gap " + g.before() + " → " + g.after()));
    status.filter(s -> !(acknowledged.isPresent() && s.after().equals(Status.ACKNOWLEDGED.name())))
        .ifPresent(s -> parts.add("now " + s.after() + " (was " + s.before() + ")"));
    confirmed.ifPresent(c -> parts.add(c.after().isEmpty()
        ? "no longer confirmed as of this date"
        : "confirmed by third parties since " + Formats.day(LocalDate.parse(c.after()))));
    acknowledged.filter(a -> a.after().isEmpty())
        .ifPresent(a -> parts.add("no longer acknowledged as of this date"));
    for (Stance stance : List.of(Stance.AFFIRM, Stance.DENY, Stance.DISCUSS)) {
      List<NewStatement> of = statements.stream().filter(s -> s.stance() == stance).toList();
      if (!of.isEmpty()) {
        parts.add(acts(of, stance, sources));
      }
    }
    if (parts.isEmpty()) {
      return lead + ".";
    }
    return lead + (lead.equals(id) ? ": " : "; ") + String.join("; ", parts) + ".";
  }

  /** Names each kind of act once: "denied by TASS on 3 Mar 2025", "3 new denials …". */
  private static String acts(List<NewStatement> of, Stance stance, Map<String, Source> sources) {
    String verb = switch (stance) {
      case AFFIRM -> "affirmed";
      case DENY -> "denied";
      default -> "deflected";
    };
    if (of.size() == 1) {
      NewStatement s = of.get(0);
      return verb + " by " + name(sources, s.sourceId()) + " on " + Formats.day(s.date());
    }
    List<String> who = of.stream().map(s -> name(sources, s.sourceId())).distinct().toList();
    String names = String.join(", ", who.subList(0, Math.min(NAMED, who.size())))
        + (who.size() > NAMED ? " and " + (who.size() - NAMED) + " more" : "");
    LocalDate first = of.get(0).date();
    LocalDate last = of.get(of.size() - 1).date();
    String when = first.equals(last) ? "on " + Formats.day(first)
        : "between " + Formats.day(first) + " and " + Formats.day(last);
    String times = of.size() == 2 ? "twice" : of.size() + " times";
    return verb + " " + times + " " + when + " (" + names + ")";
  }

  private static Optional<Change> field(List<Change> list, String field) {
    return list.stream().filter(c -> c.field().equals(field)).findFirst();
  }

  private static String name(Map<String, Source> sources, String id) {
    Source s = sources.get(id);
    return s == null ? id : s.name();
  }
}
