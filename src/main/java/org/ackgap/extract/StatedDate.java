package org.ackgap.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day a statement was made from the words around its cue (SPEC §6): "on 16 December",
 * "on December 16", "on Monday", "yesterday", "16 декабря", "в понедельник", "вчера".
 *
 * <p>A day without a year, or a weekday, is the latest such day not after the article's date (a
 * weekday may be the article's day itself). "yesterday"/"вчера" is the day before, "today"/
 * "сегодня" the article's day. A span that is not a day ("last week", "на прошлой неделе",
 * "recently") gives nothing, and so does a written date after the article's. The first day
 * written in the context counts. Pass the attribution's {@link Attribution#context()}: the
 * cue's sentence without its content, so that a date that dates the reported event ("said the
 * tanker was seized on 2 March") is never taken.
 */
public final class StatedDate {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
      Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12),
      Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3),
      Map.entry("апреля", 4), Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7),
      Map.entry("августа", 8), Map.entry("сентября", 9), Map.entry("октября", 10),
      Map.entry("ноября", 11), Map.entry("декабря", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("понедельник", DayOfWeek.MONDAY),
      Map.entry("вторник", DayOfWeek.TUESDAY), Map.entry("среду", DayOfWeek.WEDNESDAY),
      Map.entry("четверг", DayOfWeek.THURSDAY), Map.entry("пятницу", DayOfWeek.FRIDAY),
      Map.entry("субботу", DayOfWeek.SATURDAY), Map.entry("воскресенье", DayOfWeek.SUNDAY));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
          + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";

  /** Any of the ways a day is written; the groups say which matched. */
  private static final Pattern DAY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:"
          + "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>" + MONTH + ")\\.?"
          + "(?:,?\\s+(?<y1>\\d{4}))?"
          + "|(?<m2>" + MONTH + ")\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])"
          + "(?:,?\\s+(?<y2>\\d{4}))?"
          + "|(?<last>last\\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
          + "|(?<rel>yesterday|today|позавчера|вчера|сегодня)"
          + ")(?![\\p{L}\\p{N}])");

  private StatedDate() {}

  /** Returns whether a lower-cased word names a month (English or Russian genitive). */
  static boolean isMonth(String w) {
    return MONTHS.containsKey(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * Returns the day the statement was made, when the context writes one.
   *
   * @param attributionContext the words around the cue, without the content
   * @param articleDate the article's date: no day found lies after it
   */
  public static Optional<LocalDate> resolve(String attributionContext, LocalDate articleDate) {
    Matcher m = DAY.matcher(attributionContext.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    while (m.find()) {
      Optional<LocalDate> d = day(m, articleDate);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(Matcher m, LocalDate article) {
    if (m.group("rel") != null) {
      switch (m.group("rel")) {
        case "yesterday", "вчера":
          return Optional.of(article.minusDays(1));
        case "позавчера":
          return Optional.of(article.minusDays(2));
        default:
          return Optional.of(article);
      }
    }
    if (m.group("wd") != null) {
      DayOfWeek dow = WEEKDAYS.get(m.group("wd"));
      LocalDate d = m.group("last") != null
          ? article.with(TemporalAdjusters.previous(dow))
          : article.with(TemporalAdjusters.previousOrSame(dow));
      return Optional.of(d);
    }
    String dayText = m.group("d1") != null ? m.group("d1") : m.group("d2");
    String monthText = m.group("m1") != null ? m.group("m1") : m.group("m2");
    String yearText = m.group("y1") != null ? m.group("y1") : m.group("y2");
    int day = Integer.parseInt(dayText);
    int month = MONTHS.get(monthText);
    try {
      if (yearText != null) {
        LocalDate d = LocalDate.of(Integer.parseInt(yearText), month, day);
        return d.isAfter(article) ? Optional.empty() : Optional.of(d);
      }
      for (int year = article.getYear(); year >= article.getYear() - 4; year--) {
        try {
          LocalDate d = LocalDate.of(year, month, day);
          if (!d.isAfter(article)) {
            return Optional.of(d);
          }
        } catch (DateTimeException leapDay) {
          // 29 February of a common year: try the year before
        }
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
