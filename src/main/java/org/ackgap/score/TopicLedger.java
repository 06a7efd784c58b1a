package org.ackgap.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.ackgap.Parameters;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.TimelinePoint;
import org.ackgap.Topic;
import org.ackgap.TopicScore;

/**
 * Accumulates one topic's positions day by day and scores them as of any date (SPEC §3).
 *
 * <p>It keeps one small record per date that has statements, not the positions themselves (per
 * day: the subject side's counts and stances, and each independence group's best contribution),
 * so its memory grows with the number of dates, never with the number of statements. Ledgers of
 * one topic {@link #merge}: the aggregate a distributed run reduces. Not thread-safe.
 */
public final class TopicLedger implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final Topic topic;
  private final Parameters parameters;
  /** The parameters' weights by stance ordinal: one array read per position. */
  private final double[] weights;
  private final TreeMap<LocalDate, Day> days = new TreeMap<>();
  /**
   * The same days by epoch day, from {@link #firstDay}, for adding: an array index per position
   * instead of a hash look-up or a tree walk.
   */
  private Day[] byDay = new Day[0];
  private long firstDay;

  /** Creates an empty ledger for a topic scored with these parameters. */
  public TopicLedger(Topic topic, Parameters parameters) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.weights = new double[Stance.values().length];
    for (Stance s : Stance.values()) {
      weights[s.ordinal()] = parameters.weight(s);
    }
  }

  /**
   * Adds one position of this topic.
   *
   * @param position the position; its topic must be this ledger's
   * @param reliability the reliability of the position's source
   * @param group the independence group of the position's source
   */
  public void add(Position position, double reliability, String group) {
    if (!position.topicId().equals(topic.id())) {
      throw new IllegalArgumentException(
          "position of topic " + position.topicId() + " added to ledger of " + topic.id());
    }
    Day day = day(position.date());
    Stance stance = position.stance();
    if (position.side() == Side.SUBJECT) {
      day.subjectPairs++;
      switch (stance) {
        case AFFIRM -> day.subjectAffirm = true;
        case DENY -> day.subjectDeny = true;
        case DISCUSS -> day.subjectDiscuss = true;
        case NONE -> day.subjectNone++;
      }
    } else {
      if (stance != Stance.NONE) {
        day.thirdPartyPairs++;
      }
      double contribution = reliability * weights[stance.ordinal()];
      if (contribution > 0) {
        day.best(group, contribution);
      }
    }
  }

  /**
   * Adds every position of another ledger of the same topic, as if they had been added here: the
   * order of adding and merging does not change a score, so positions can be aggregated apart
   * (per thread, per partition) and merged.
   *
   * @throws IllegalArgumentException if the other ledger is of another topic
   */
  public void merge(TopicLedger other) {
    if (!other.topic.id().equals(topic.id())) {
      throw new IllegalArgumentException(
          "ledger of " + other.topic.id() + " merged into ledger of " + topic.id());
    }
    for (Map.Entry<LocalDate, Day> e : other.days.entrySet()) {
      Day day = day(e.getKey());
      Day o = e.getValue();
      day.thirdPartyPairs += o.thirdPartyPairs;
      day.subjectPairs += o.subjectPairs;
      day.subjectNone += o.subjectNone;
      day.subjectAffirm |= o.subjectAffirm;
      day.subjectDeny |= o.subjectDeny;
      day.subjectDiscuss |= o.subjectDiscuss;
      for (int g = 0; g < o.groups; g++) {
        day.best(o.group[g], o.best[g]);
      }
    }
  }

  private Day day(LocalDate date) {
    long epochDay = date.toEpochDay();
    long i = epochDay - firstDay;
    if (byDay.length == 0 || i < 0 || i >= byDay.length) {
      grow(epochDay);
      i = epochDay - firstDay;
    }
    Day day = byDay[(int) i];
    if (day == null) {
      day = new Day();
      byDay[(int) i] = day;
      days.put(date, day);
    }
    return day;
  }

  /** Widens the array of days to hold {@code epochDay}, with room to spare on that side. */
  private void grow(long epochDay) {
    if (byDay.length == 0) {
      firstDay = epochDay - 32;
      byDay = new Day[96];
      return;
    }
    long first = Math.min(firstDay, epochDay - (epochDay < firstDay ? byDay.length : 0));
    long last = Math.max(firstDay + byDay.length - 1,
        epochDay + (epochDay >= firstDay + byDay.length ? byDay.length : 0));
    if (last - first + 1 > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("dates span too many days: " + epochDay);
    }
    Day[] wider = new Day[(int) (last - first + 1)];
    System.arraycopy(byDay, 0, wider, (int) (firstDay - first), byDay.length);
    byDay = wider;
    firstDay = first;
  }

  /** Returns the topic. */
  public Topic topic() {
    return topic;
  }

  /** Returns the topic's score as of a date; positions dated after it are ignored. */
  public TopicScore score(LocalDate asOf) {
    return walk(asOf, null);
  }

  /** Returns one point per date up to {@code asOf} that has positions, with running values. */
  public List<TimelinePoint> timeline(LocalDate asOf) {
    List<TimelinePoint> points = new ArrayList<>();
    walk(asOf, points);
    return points;
  }

  private TopicScore walk(LocalDate asOf, List<TimelinePoint> points) {
    Map<String, Double> best = new HashMap<>();
    double confirmation = 0;
    LocalDate firstConfirmed = null;
    LocalDate acknowledgedOn = null;
    LocalDate lastObjection = null;
    boolean lastObjectionDenies = false;
    boolean denied = false;
    int thirdParty = 0;
    int subject = 0;
    int subjectNone = 0;
    for (Map.Entry<LocalDate, Day> entry : days.headMap(asOf, true).entrySet()) {
      LocalDate date = entry.getKey();
      Day day = entry.getValue();
      if (day.groups > 0) {
        for (int g = 0; g < day.groups; g++) {
          best.merge(day.group[g], day.best[g], Math::max);
        }
        confirmation = Numbers.clean(confirmation(best));
      }
      if (firstConfirmed == null && confirmation >= parameters.threshold()) {
        firstConfirmed = date;
      }
      if (acknowledgedOn == null && day.subjectAffirm) {
        acknowledgedOn = date;
      }
      if (day.subjectDeny || day.subjectDiscuss) {
        lastObjection = date;
        lastObjectionDenies = day.subjectDeny;
      }
      denied |= day.subjectDeny;
      thirdParty += day.thirdPartyPairs;
      subject += day.subjectPairs;
      subjectNone += day.subjectNone;
      if (points != null) {
        double ack = acknowledgedOn == null ? 0 : 1;
        points.add(new TimelinePoint(topic.id(), date, confirmation, ack,
            gap(confirmation, ack)));
      }
    }
    double acknowledgement = acknowledgedOn == null ? 0 : 1;
    Status status;
    if (acknowledgement >= 0.5) {
      status = Status.ACKNOWLEDGED;
    } else if (confirmation < parameters.threshold()) {
      status = Status.UNCONFIRMED;
    } else if (lastObjection == null) {
      status = Status.SILENT;
    } else {
      status = lastObjectionDenies ? Status.DENIED : Status.EVASIVE;
    }
    OptionalLong days = OptionalLong.empty();
    if (firstConfirmed != null) {
      LocalDate end = acknowledgedOn == null ? asOf : acknowledgedOn;
      days = OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(firstConfirmed, end)));
    }
    OptionalDouble omission = subject == 0
        ? OptionalDouble.empty() : OptionalDouble.of((double) subjectNone / subject);
    return new TopicScore(topic, status, gap(confirmation, acknowledgement), confirmation,
        acknowledgement, denied, Optional.ofNullable(firstConfirmed),
        Optional.ofNullable(acknowledgedOn), days, thirdParty, subject, omission);
  }

  private static double confirmation(Map<String, Double> best) {
    double unconfirmed = 1;
    for (double v : best.values()) {
      unconfirmed *= 1 - v;
    }
    return 1 - unconfirmed;
  }

  private static double gap(double confirmation, double acknowledgement) {
    return Numbers.clean(100 * confirmation * (1 - acknowledgement));
  }

  /** What one date contributes to a topic. */
  private static final class Day implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The best contribution of each independence group that has one: a few, scanned. */
    String[] group = new String[2];
    double[] best = new double[2];
    int groups;
    int thirdPartyPairs;
    int subjectPairs;
    int subjectNone;
    boolean subjectAffirm;
    boolean subjectDeny;
    boolean subjectDiscuss;

    void best(String g, double contribution) {
      for (int i = 0; i < groups; i++) {
        if (group[i] == g || group[i].equals(g)) {
          best[i] = Math.max(best[i], contribution);
          return;
        }
      }
      if (groups == group.length) {
        group = Arrays.copyOf(group, groups * 2);
        best = Arrays.copyOf(best, groups * 2);
      }
      group[groups] = g;
      best[groups++] = contribution;
    }
  }
}
