package org.ackgap.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.ackgap.Origin;
import org.ackgap.Parameters;
import org.ackgap.Reject;
import org.ackgap.Side;
import org.ackgap.Source;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.TimelinePoint;
import org.ackgap.Topic;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData.DateSpan;
import org.ackgap.report.ReportData.InputCount;
import org.ackgap.report.ReportData.StatementRow;

/**
 * Builds {@link ReportData} by hand for the chart and PDF tests. Scores and timelines are worked
 * out here from the listed statements by SPEC §3, so every fixture is self-consistent.
 */
public final class ReportFixtures {

  /** The Cyrillic statement of the sample fixture; tests look for it in the PDF. */
  public static final String CYRILLIC = "Официальный представитель МИД России назвала сообщения "
      + "о северокорейских военных в Курской области фейком.";
  /** A Latin-extended statement of the sample fixture. */
  public static final String LATIN_EXTENDED = "Ministerstwo Obrony potwierdziło, że żołnierze "
      + "KRLD walczą w obwodzie kurskim; Łotwa i Česko souhlasí.";
  /** A link of the sample fixture. */
  public static final String URL = "https://www.nis.go.kr/AF/1_2_1/view.do?seq=2024-10-18";

  private ReportFixtures() {}

  /** Returns a sample-like report: six topics, every status, English, Cyrillic and a bare topic. */
  public static ReportData sample() {
    Builder b = new Builder(LocalDate.of(2024, 12, 17));
    b.source("ru-mfa", "Russian Ministry of Foreign Affairs", "RU", SourceType.GOVERNMENT, 0.5, "ru-gov");
    b.source("kremlin", "Kremlin press office (Peskov)", "RU", SourceType.OFFICIAL, 0.5, "ru-gov");
    b.source("tass", "ТАСС", "RU", SourceType.STATE_MEDIA, 0.5, "tass");
    b.source("kp-kcna", "KCNA", "KP", SourceType.STATE_MEDIA, 0.5, "kcna");
    b.source("kr-nis", "South Korea's NIS", "KR", SourceType.INTELLIGENCE, 0.8, "kr-nis");
    b.source("us-nsc", "US National Security Council", "US", SourceType.GOVERNMENT, 0.85, "us-gov");
    b.source("us-dod", "Pentagon", "US", SourceType.MILITARY, 0.8, "us-gov");
    b.source("ua-gur", "Головне управління розвідки (HUR)", "UA", SourceType.INTELLIGENCE, 0.6, "ua");
    b.source("pl-mon", "Ministerstwo Obrony Narodowej", "PL", SourceType.GOVERNMENT, 0.7, "pl");
    b.source("isw", "Institute for the Study of War", "US", SourceType.THINK_TANK, 0.7, "isw");
    b.source("meduza", "Meduza", "RU", SourceType.MEDIA, 0.6, "meduza");
    b.source("aa-news", "A State News", "AA", SourceType.STATE_MEDIA, 0.5, "aa-news");
    b.source("aa-mfa", "A Foreign Ministry", "AA", SourceType.GOVERNMENT, 0.5, "aa-mfa");
    b.source("bb-gov", "Government of B", "BB", SourceType.GOVERNMENT, 0.9, "bb");
    b.source("cc-intel", "Intelligence Service of C", "CC", SourceType.INTELLIGENCE, 0.7, "cc");

    b.topic("nk-troops-kursk", "North Korean troops fight in Kursk Oblast",
        "North Korean troops are deployed in Russia's Kursk Oblast and fight against Ukraine.", "RU", "KP")
        .say("n1", "2024-10-08", "ru-mfa", Stance.DENY, CYRILLIC,
            "https://mid.ru/ru/foreign_policy/news/1973422/")
        .say("n2", "2024-10-13", "ua-gur", Stance.DISCUSS,
            "Ukrainian military intelligence said North Korean soldiers were being disguised as Buryats.", "")
        .say("n3", "2024-10-18", "kr-nis", Stance.AFFIRM,
            "South Korea's National Intelligence Service said about 1,500 North Korean special forces "
                + "had been shipped to Russia and would be sent to the front.", URL)
        .say("n4", "2024-10-24", "kremlin", Stance.DISCUSS,
            "Песков: «Это наше суверенное дело»; Кремль не стал комментировать сообщения о войсках КНДР.",
            "https://ria.ru/20241024/peskov.html")
        .say("n5", "2024-10-28", "us-dod", Stance.AFFIRM,
            "The Pentagon said some 10,000 North Korean soldiers had been sent to train in eastern Russia "
                + "and some had moved closer to Ukraine.", "https://www.defense.gov/News/")
        .say("n6", "2024-11-04", "tass", Stance.NONE,
            "ВС РФ продолжают освобождение Курской области от подразделений ВСУ.", "https://tass.ru/armiya-i-opk/22311111")
        .say("n7", "2024-11-20", "pl-mon", Stance.AFFIRM, LATIN_EXTENDED, "")
        .say("n8", "2024-12-16", "us-nsc", Stance.AFFIRM,
            "John Kirby said North Korean forces are actively engaged in combat operations in Kursk, moving "
                + "from 'second lines' to the front line in recent days.", "https://www.whitehouse.gov/briefing-room/")
        .say("n9", "2024-12-17", "isw", Stance.AFFIRM,
            "ISW assessed that the Kremlin avoids reporting on the North Korean deployment to preserve the "
                + "narrative that Russia needs no foreign help to retake its territory.", "https://www.understandingwar.org/")
        .say("n10", "2024-12-17", "kp-kcna", Stance.NONE,
            "KCNA reported on the friendship treaty with Russia entering into force.", "");
    b.topic("dam-breach", "Dam breach at Riverton",
        "Engineers of country A breached the Riverton dam.", "AA")
        .say("d1", "2024-11-01", "cc-intel", Stance.DISCUSS,
            "C's intelligence service said satellite images may show the dam was breached deliberately.", "")
        .say("d2", "2024-11-02", "aa-mfa", Stance.DENY, "The ministry called the accusation a fabrication.", "")
        .say("d3", "2024-11-04", "bb-gov", Stance.AFFIRM, "B's government said A's engineers breached the dam.",
            "https://gov.example.org/b/statements/2024-11-04-dam")
        .say("d4", "2024-11-06", "aa-news", Stance.NONE, "State news reported on flood relief in Riverton.", "")
        .say("d5", "2024-11-08", "aa-news", Stance.DENY, "State news called foreign reports on the dam lies.", "")
        .say("d6", "2024-11-20", "aa-mfa", Stance.AFFIRM,
            "The ministry acknowledged that its engineers opened the dam.", "");
    b.topic("ship-seized", "Tanker seized", "Country A's navy seized the tanker Meridian.", "AA")
        .say("s1", "2024-12-05", "cc-intel", Stance.AFFIRM, "C's intelligence service said A's navy boarded the tanker.", "")
        .say("s2", "2024-12-06", "meduza", Stance.AFFIRM, "An independent outlet reported the seizure citing crew members.", "")
        .say("s3", "2024-12-07", "aa-news", Stance.NONE, "State news covered naval exercises without mentioning the tanker.", "");
    b.topic("strike-denied", "Strike on the Odesa port", "Country A struck the grain terminal in Odesa.", "AA")
        .say("o1", "2024-11-10", "bb-gov", Stance.AFFIRM, "B's government said A's missiles hit the grain terminal.", "")
        .say("o2", "2024-11-11", "aa-mfa", Stance.DENY, "The ministry denied any strike on civilian infrastructure.", "")
        .say("o3", "2024-11-30", "aa-news", Stance.DENY, "State news called the reports provocations.", "");
    b.topic("missile-test", "Early admission of a missile test", "Country A tested a new missile on 3 December.", "AA")
        .say("e1", "2024-12-03", "aa-news", Stance.AFFIRM, "State news announced the successful test of a new missile.", "")
        .say("e2", "2024-12-05", "bb-gov", Stance.AFFIRM, "B's government confirmed the missile test.", "");
    b.topic("cyber-rumour", "Cyber attack on the power grid",
        "Hackers of country A caused the blackout in the capital of D.", "AA")
        .say("c1", "2024-12-10", "meduza", Stance.DISCUSS, "An outlet reported unverified claims of a cyber attack.", "");
    b.topic("quiet-topic", "Secret talks in Geneva", "Envoys of A and B met secretly in Geneva.", "AA");
    b.reject("statements.csv", 17, "unknown source_id 'xx-blog'", "z9,2024-11-01,xx-blog,,Some text,,");
    b.reject("statements.csv", 23, "date must be yyyy-mm-dd, got '17/11/2024'", "z10,17/11/2024,tass,,Текст,,");
    return b.build();
  }

  /** Returns a report of {@code n} generated topics with a few statements each. */
  public static ReportData many(int n) {
    Builder b = new Builder(LocalDate.of(2025, 3, 31));
    String[] actors = {"AA", "BB", "CC", "DD"};
    for (String a : actors) {
      b.source(a.toLowerCase() + "-news", a + " State News", a, SourceType.STATE_MEDIA, 0.5, a + "-news");
      b.source(a.toLowerCase() + "-gov", "Government of " + a, a, SourceType.GOVERNMENT, 0.8, a + "-gov");
      b.source(a.toLowerCase() + "-indie", a + " Independent Weekly", a, SourceType.MEDIA, 0.6, a + "-indie");
    }
    b.source("ngo-watch", "Watch NGO", "XX", SourceType.NGO, 0.5, "ngo");
    b.source("think", "Think Tank Institute", "XX", SourceType.THINK_TANK, 0.7, "think");
    Stance[] subjectCycle = {Stance.DENY, Stance.DISCUSS, Stance.NONE, Stance.AFFIRM, Stance.DENY};
    for (int i = 0; i < n; i++) {
      String subject = actors[i % actors.length];
      String other = actors[(i + 1) % actors.length];
      TopicBuilder t = b.topic(String.format("topic-%02d", i), "Generated claim number " + i
              + (i % 3 == 0 ? " about a considerably longer title to test wrapping of labels" : ""),
          "Country " + subject + " did thing number " + i + ".", subject);
      LocalDate start = LocalDate.of(2025, 1, 1).plusDays(i);
      int k = 0;
      if (i % 7 != 6) {
        t.say("g" + i + "-" + k++, start.toString(), other.toLowerCase() + "-gov", Stance.AFFIRM,
            "Government of " + other + " confirmed thing " + i + ".", "https://example.org/" + i);
      }
      t.say("g" + i + "-" + k++, start.plusDays(3 + i % 5).toString(), "ngo-watch", Stance.DISCUSS,
          "Watch NGO alleged thing " + i + ".", "");
      t.say("g" + i + "-" + k++, start.plusDays(5 + i % 11).toString(), subject.toLowerCase() + "-news",
          subjectCycle[i % subjectCycle.length], "State news on thing " + i + ".", "");
      if (i % 2 == 0) {
        t.say("g" + i + "-" + k++, start.plusDays(20 + i).toString(), "think", Stance.AFFIRM,
            "The institute assessed thing " + i + " as confirmed.", "");
      }
    }
    return b.build();
  }

  /** The text with characters DejaVu lacks: CJK and emoji. */
  public static final String NO_GLYPHS = "東京 says \uD83D\uDE00 and \uD83D\uDCA5 happened";

  /** Returns a small report whose titles, names and texts hold characters DejaVu lacks. */
  public static ReportData withMissingGlyphs() {
    Builder b = new Builder(LocalDate.of(2025, 1, 10));
    b.source("x", "源 \uD83D\uDE00 source", "XX", SourceType.MEDIA, 0.9, "x");
    b.source("y", "Y state news", "YY", SourceType.STATE_MEDIA, 0.5, "y");
    b.topic("t", "東京 claim \uD83D\uDCA5", "The claim 東京 \uD83D\uDE00", "YY")
        .say("1", "2025-01-02", "x", Stance.AFFIRM, NO_GLYPHS, "https://example.org/東京")
        .say("2", "2025-01-03", "y", Stance.DENY, "Denied \uD83D\uDE00", "");
    b.topic("u", "Second", "claim", "YY")
        .say("3", "2025-01-03", "x", Stance.DISCUSS, "text", "");
    return b.build();
  }

  /** A Persian statement (no zero-width non-joiner, so it extracts as written). */
  public static final String PERSIAN = "سخنگوی وزارت امور خارجه روسیه گزارش حضور سربازان کره شمالی "
      + "در کورسک را تکذیب کرد و آن را (جعلی) خواند.";
  /** An Arabic statement, with a lam-alef ligature ("لا") and a Latin name inside it. */
  public static final String ARABIC = "قال المتحدث باسم الكرملين Peskov إنه لا تعليق لديه على وجود "
      + "قوات كورية شمالية في كورسك.";
  /** A Hebrew statement. */
  public static final String HEBREW = "דובר הקרמלין סירב להגיב על הדיווחים.";

  /** Returns a small report whose statements, a source and a topic title read right to left. */
  public static ReportData rightToLeft() {
    Builder b = new Builder(LocalDate.of(2024, 12, 17));
    b.source("ru-mfa", "Russian Ministry of Foreign Affairs", "RU", SourceType.GOVERNMENT, 0.5, "ru");
    b.source("ir-news", "خبرگزاری ایرنا", "IR", SourceType.STATE_MEDIA, 0.5, "ir");
    b.source("aljazeera", "الجزيرة", "QA", SourceType.MEDIA, 0.7, "qa");
    b.source("il-news", "Israeli daily", "IL", SourceType.MEDIA, 0.6, "il");
    b.topic("nk-troops", "سربازان کره شمالی در کورسک", "North Korean troops fight in Kursk.", "RU")
        .say("p1", "2024-10-23", "ru-mfa", Stance.DENY, PERSIAN, "")
        .say("a1", "2024-10-24", "aljazeera", Stance.AFFIRM, ARABIC, "https://www.aljazeera.net/news/1")
        .say("h1", "2024-10-25", "il-news", Stance.DISCUSS, HEBREW, "")
        .say("p2", "2024-10-26", "ir-news", Stance.NONE, "Persian outlet on the talks.", "");
    return b.build();
  }

  /** Collects sources, topics and statements and works out the rest. */
  public static final class Builder {
    private final LocalDate asOf;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<Topic, List<StatementRow>> topics = new LinkedHashMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private long afterAsOf;

    public Builder(LocalDate asOf) {
      this.asOf = asOf;
    }

    public Builder source(String id, String name, String actor, SourceType type, double reliability,
        String group) {
      sources.put(id, new Source(id, name, actor, type, reliability, group));
      return this;
    }

    public TopicBuilder topic(String id, String title, String claim, String... subjects) {
      Topic topic = new Topic(id, title, claim, List.of(subjects), List.of(), List.of());
      List<StatementRow> rows = new ArrayList<>();
      topics.put(topic, rows);
      return new TopicBuilder(this, topic, rows);
    }

    public Builder reject(String file, long line, String reason, String record) {
      rejects.add(new Reject(file, line, reason, record));
      return this;
    }

    /** Counts statements dated after the as-of date, which the report leaves out. */
    public Builder afterAsOf(long statements) {
      this.afterAsOf = statements;
      return this;
    }

    public ReportData build() {
      Parameters p = Parameters.DEFAULTS;
      List<TopicScore> scores = new ArrayList<>();
      Map<String, List<TimelinePoint>> timelines = new HashMap<>();
      Map<String, List<StatementRow>> statements = new HashMap<>();
      Map<String, Integer> omitted = new HashMap<>();
      Map<String, Map<String, Map<Stance, Integer>>> matrix = new HashMap<>();
      LocalDate first = null;
      LocalDate last = null;
      int statementCount = 0;
      for (Map.Entry<Topic, List<StatementRow>> e : topics.entrySet()) {
        Topic topic = e.getKey();
        List<StatementRow> rows = new ArrayList<>(e.getValue());
        rows.sort(Comparator.comparing(StatementRow::date).thenComparing(StatementRow::statementId));
        statementCount += rows.size();
        for (StatementRow r : rows) {
          first = first == null || r.date().isBefore(first) ? r.date() : first;
          last = last == null || r.date().isAfter(last) ? r.date() : last;
          matrix.computeIfAbsent(r.sourceId(), k -> new HashMap<>())
              .computeIfAbsent(topic.id(), k -> new EnumMap<>(Stance.class))
              .merge(r.stance(), 1, Integer::sum);
        }
        TreeMap<LocalDate, List<String>> byDate = new TreeMap<>();
        rows.forEach(r -> byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r.statementId()));
        List<TimelinePoint> points = new ArrayList<>();
        LocalDate firstConfirmed = null;
        for (Map.Entry<LocalDate, List<String>> d : byDate.entrySet()) {
          double c = confirmation(rows, d.getKey(), p);
          double a = acknowledgement(rows, d.getKey());
          if (firstConfirmed == null && c >= p.threshold()) {
            firstConfirmed = d.getKey();
          }
          points.add(new TimelinePoint(topic.id(), d.getKey(), c, a, 100 * c * (1 - a)));
        }
        double c = confirmation(rows, asOf, p);
        double a = acknowledgement(rows, asOf);
        Optional<LocalDate> ack = rows.stream()
            .filter(r -> r.side() == Side.SUBJECT && r.stance() == Stance.AFFIRM)
            .map(StatementRow::date).findFirst();
        OptionalLong days = OptionalLong.empty();
        if (firstConfirmed != null) {
          LocalDate end = ack.orElse(asOf);
          days = OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(firstConfirmed, end)));
        }
        Status status;
        if (a >= 0.5) {
          status = Status.ACKNOWLEDGED;
        } else if (c < p.threshold()) {
          status = Status.UNCONFIRMED;
        } else {
          StatementRow latest = null;
          for (StatementRow r : rows) {
            if (r.side() == Side.SUBJECT && r.stance() != Stance.NONE
                && (latest == null || r.date().isAfter(latest.date())
                    || (r.date().equals(latest.date()) && r.stance() == Stance.DENY))) {
              latest = r;
            }
          }
          status = latest == null ? Status.SILENT
              : latest.stance() == Stance.DENY ? Status.DENIED : Status.EVASIVE;
        }
        long subjectPairs = rows.stream().filter(r -> r.side() == Side.SUBJECT).count();
        long subjectNone = rows.stream().filter(r -> r.side() == Side.SUBJECT && r.stance() == Stance.NONE).count();
        int thirdParty = (int) rows.stream()
            .filter(r -> r.side() == Side.THIRD_PARTY && r.stance() != Stance.NONE).count();
        scores.add(new TopicScore(topic, status, 100 * c * (1 - a), c, a,
            rows.stream().anyMatch(r -> r.side() == Side.SUBJECT && r.stance() == Stance.DENY),
            Optional.ofNullable(firstConfirmed), ack, days, thirdParty, (int) subjectPairs,
            subjectPairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) subjectNone / subjectPairs)));
        timelines.put(topic.id(), points);
        statements.put(topic.id(), rows);
        omitted.put(topic.id(), 0);
      }
      scores.sort(Comparator.comparingDouble(TopicScore::gapScore).reversed()
          .thenComparing(s -> s.topic().id()));
      List<InputCount> inputs = List.of(
          new InputCount("topics.csv", "9f2c".repeat(16), topics.size(), topics.size(), 0),
          new InputCount("sources.csv", "41ab".repeat(16), sources.size(), sources.size(), 0),
          new InputCount("statements.csv", "c0de".repeat(16), statementCount + rejects.size(),
              statementCount, rejects.size()));
      return new ReportData(asOf, "0.1.0-test", Parameters.DEFAULTS, List.copyOf(topics.keySet()),
          sources, scores, timelines, statements, omitted, matrix,
          first == null ? Optional.empty() : Optional.of(new DateSpan(first, last)), inputs, rejects,
          statementCount, afterAsOf);
    }

    private double confirmation(List<StatementRow> rows, LocalDate until, Parameters p) {
      Map<String, Double> best = new HashMap<>();
      for (StatementRow r : rows) {
        if (r.side() == Side.THIRD_PARTY && !r.date().isAfter(until)) {
          Source s = sources.get(r.sourceId());
          best.merge(s.group(), s.reliability() * p.weight(r.stance()), Math::max);
        }
      }
      double keep = 1.0;
      for (double v : best.values()) {
        keep *= 1 - v;
      }
      return 1 - keep;
    }

    private static double acknowledgement(List<StatementRow> rows, LocalDate until) {
      return rows.stream().anyMatch(r -> r.side() == Side.SUBJECT && r.stance() == Stance.AFFIRM
          && !r.date().isAfter(until)) ? 1.0 : 0.0;
    }
  }

  /** Adds statements to one topic. */
  public static final class TopicBuilder {
    private final Builder owner;
    private final Topic topic;
    private final List<StatementRow> rows;

    TopicBuilder(Builder owner, Topic topic, List<StatementRow> rows) {
      this.owner = owner;
      this.topic = topic;
      this.rows = rows;
    }

    public TopicBuilder say(String id, String date, String sourceId, Stance stance, String text, String url) {
      Source source = owner.sources.get(sourceId);
      if (source == null) {
        throw new IllegalArgumentException("unknown source " + sourceId);
      }
      Origin origin = rows.size() % 3 == 2 ? Origin.CLASSIFIED : Origin.CODED;
      String evidence = origin == Origin.CODED ? "coded: " + stance.label()
          : "cue: " + Formats.cue(stance);
      rows.add(new StatementRow(id, LocalDate.parse(date), sourceId, source.sideOn(topic), stance,
          origin, origin == Origin.CODED ? 1.0 : 0.72, evidence, text, url));
      return this;
    }

    public TopicBuilder topic(String id, String title, String claim, String... subjects) {
      return owner.topic(id, title, claim, subjects);
    }
  }

  private static final class Formats {
    static String cue(Stance stance) {
      return switch (stance) {
        case AFFIRM -> "confirmed|said";
        case DENY -> "фейк|denied";
        case DISCUSS -> "reportedly|no comment";
        case NONE -> "Kursk (context)";
      };
    }
  }
}
