package org.ackgap.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement's date as analysts' tools write it (SPEC §2 asks for ISO {@code yyyy-mm-dd};
 * spreadsheets in most locales write something else): ISO; year first with {@code / . -}
 * ({@code 2024/12/17}); day first with dots ({@code 17.12.2024}, the German and Russian way, never
 * month first); with a month name ({@code 17 Dec 2024}, {@code Dec 17, 2024}, {@code
 * 17-Dec-2024}, {@code 17 декабря 2024}); and with slashes or hyphens only when the order cannot
 * be mistaken ({@code 17/12/2024}, {@code 12/17/2024}). {@code 03/04/2024} is March or April
 * depending on who wrote it, so it is refused, never guessed. Pure and thread-safe.
 */
final class StatementDates {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SPELLED =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})[ -]+(\\p{L}+)\\.?,?[ -]+(\\d{4})(?:\\s*г\\.?)?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\p{L}+)\\.?[ -]+(\\d{1,2}),?[ -]+(\\d{4})");

  /** English month names and their short forms, Russian ones in the genitive ("17 декабря"). */
  private static final Map<String, Integer> MONTHS = months();

  private StatementDates() {}

  /** Returns the date {@code s} names unambiguously, or null. */
  static LocalDate parse(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s, ISO); // nearly every row: no pattern matching
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher m = NUMERIC.matcher(s);
    if (m.matches()) {
      String first = m.group(1);
      int a = Integer.parseInt(first);
      int b = Integer.parseInt(m.group(3));
      String last = m.group(4);
      int c = Integer.parseInt(last);
      if (first.length() == 4 && last.length() <= 2) {
        return of(a, b, c);
      }
      if (first.length() > 2 || last.length() != 4) {
        return null;
      }
      if (m.group(2).equals(".")) {
        return of(c, b, a);
      }
      if (a == b || a > 12 && b <= 12) {
        return of(c, b, a);
      }
      return b > 12 && a <= 12 ? of(c, a, b) : null;
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      return month == null ? null
          : of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }
    m = MONTH_DAY.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return month == null ? null
          : of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
    }
    return null;
  }

  /** Returns why {@code s}, which {@link #parse} did not read, is not a date it reads. */
  static String problem(String s) {
    Matcher m = NUMERIC.matcher(s);
    if (m.matches() && m.group(1).length() <= 2 && m.group(4).length() == 4
        && !m.group(2).equals(".")) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      LocalDate dayFirst = of(year, b, a);
      LocalDate monthFirst = of(year, a, b);
      if (dayFirst != null && monthFirst != null) {
        return "ambiguous date '" + s + "': " + SPELLED.format(dayFirst) + " or "
            + SPELLED.format(monthFirst) + "? Day and month are both 12 or less, and tools write"
            + " them in either order; write it as yyyy-mm-dd (" + dayFirst + " or " + monthFirst
            + ")";
      }
    }
    return "bad date '" + s + "'; expected an ISO date yyyy-mm-dd (also read: 17.12.2024,"
        + " 2024/12/17, 17 Dec 2024, and 17/12/2024 or 12/17/2024 where the day is over 12)";
  }

  private static LocalDate of(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[] english = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    String[] russian = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};
    for (int i = 0; i < 12; i++) {
      months.put(english[i], i + 1);
      months.put(english[i].substring(0, 3), i + 1);
      months.put(russian[i], i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
