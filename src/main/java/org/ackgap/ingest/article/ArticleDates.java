package org.ackgap.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates articles carry: ISO dates, ISO date-times with or without a zone, and the RFC
 * 822/1123 dates of RSS. A date-time with a zone becomes its calendar date in UTC; one without a
 * zone is taken as it stands.
 */
final class ArticleDates {

  /** What a bad date should have looked like, for the reject reason. */
  static final String EXPECTED =
      "expected yyyy-mm-dd, an ISO date-time (2025-03-06T23:30:00-05:00) or an RFC 822 date"
          + " (Thu, 06 Mar 2025 12:30:00 +0000)";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** An ISO date-time, 'T' or a space between date and time, with an optional zone or offset. */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HH", "Z").optionalEnd()
          .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final Pattern RFC822 =
      Pattern.compile(
          "(?:[A-Za-z]+,?\\s*)?(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{2}|\\d{4})\\s+"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([A-Za-z]+|[+-]\\d{2}:?\\d{2})?");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** RFC 822's named zones, in hours from UTC (its military letters are unreliable: not read). */
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
          Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
          Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

  private ArticleDates() {}

  /**
   * Parses a date as articles give it.
   *
   * @throws DateTimeException if it is none of the forms this class reads
   */
  static LocalDate parse(String text) {
    String s = text.strip();
    if (s.length() == 10) {
      return LocalDate.parse(s, DATE);
    }
    if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && s.length() > 10 && s.charAt(4) == '-') {
      return isoDateTime(s);
    }
    return rfc822(s).orElseThrow(() -> new DateTimeException("not a date: " + s));
  }

  private static LocalDate isoDateTime(String s) {
    var parsed = DATE_TIME.parseBest(s, ZonedDateTime::from, OffsetDateTime::from,
        LocalDateTime::from);
    if (parsed instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
    if (parsed instanceof OffsetDateTime o) {
      return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
    return ((LocalDateTime) parsed).toLocalDate();
  }

  private static Optional<LocalDate> rfc822(String s) {
    Matcher m = RFC822.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String monthName = m.group(2).toLowerCase(Locale.ROOT);
    Integer month = monthName.length() >= 3 ? MONTHS.get(monthName.substring(0, 3)) : null;
    if (month == null) {
      throw new DateTimeException("unknown month '" + m.group(2) + "'");
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900;
    }
    LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
    LocalTime time =
        LocalTime.of(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    String zone = m.group(7);
    if (zone == null) {
      return Optional.of(day);
    }
    ZoneOffset offset;
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int sign = zone.startsWith("-") ? -1 : 1;
      offset =
          ZoneOffset.ofHoursMinutes(
              sign * Integer.parseInt(digits.substring(1, 3)),
              sign * Integer.parseInt(digits.substring(3, 5)));
    } else {
      Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
      if (hours == null) {
        throw new DateTimeException("unknown zone '" + zone + "'");
      }
      offset = ZoneOffset.ofHours(hours);
    }
    return Optional.of(
        OffsetDateTime.of(day, time, offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
  }

  /** Returns whether {@code text} holds a date this class reads. */
  static boolean isDate(String text) {
    try {
      parse(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
