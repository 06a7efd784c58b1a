package org.ackgap.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.Status;

/** Formats numbers, dates and labels the way the report prints them, independent of locale. */
public final class Formats {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Formats() {}

  /** Returns a date as {@code 18 Oct 2024}. */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** Returns a date as {@code 18 October 2024}. */
  public static String longDay(LocalDate date) {
    return LONG.format(date);
  }

  /** Returns a number with the given decimals and a point, whatever the default locale. */
  public static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Returns a fraction in [0, 1] as a whole percentage. */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  /** Returns a status as the word printed on its badge. */
  public static String status(Status status) {
    return status.name();
  }

  /** Returns how a stance reads on a side, e.g. "denies" for the subject side. */
  public static String stanceReading(Side side, Stance stance) {
    boolean subject = side == Side.SUBJECT;
    return switch (stance) {
      case AFFIRM -> subject ? "acknowledges" : "confirms";
      case DENY -> subject ? "denies" : "disputes";
      case DISCUSS -> subject ? "deflects" : "alleges";
      case NONE -> subject ? "silent" : "unrelated";
    };
  }

  /** Returns the text cut to at most {@code max} characters, ending in an ellipsis when cut. */
  public static String shorten(String text, int max) {
    String t = text == null ? "" : text.strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int end = t.offsetByCodePoints(0, Math.max(1, max - 1));
    int space = t.lastIndexOf(' ', end);
    if (space > end - 15 && space > 0) {
      end = space;
    }
    return t.substring(0, end).stripTrailing() + "…";
  }
}
