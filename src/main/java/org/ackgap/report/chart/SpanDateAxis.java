package org.ackgap.report.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A date axis whose tick spacing follows the span shown and the room its labels need: days for a
 * few weeks, weeks, then months ("Feb 2023"), then years. JFreeChart's own choice estimates
 * label widths from one sample date and ran labels together ("Feb-2023Mar-2023") on a narrow
 * chart; here every label of a candidate spacing is measured, with a gap of one em between them.
 */
final class SpanDateAxis extends DateAxis {

  private static final long DAY = 86_400_000L;

  /** A tick spacing and the form of its labels, finest first. */
  private record Step(DateTickUnitType type, int count, String pattern, double days) {}

  private static final List<Step> STEPS = List.of(
      new Step(DateTickUnitType.DAY, 1, "d MMM", 1),
      new Step(DateTickUnitType.DAY, 2, "d MMM", 2),
      new Step(DateTickUnitType.DAY, 7, "d MMM", 7),
      new Step(DateTickUnitType.DAY, 14, "d MMM", 14),
      new Step(DateTickUnitType.MONTH, 1, "MMM yyyy", 30.4),
      new Step(DateTickUnitType.MONTH, 2, "MMM yyyy", 60.9),
      new Step(DateTickUnitType.MONTH, 3, "MMM yyyy", 91.3),
      new Step(DateTickUnitType.MONTH, 6, "MMM yyyy", 182.6),
      new Step(DateTickUnitType.YEAR, 1, "yyyy", 365.25),
      new Step(DateTickUnitType.YEAR, 2, "yyyy", 730.5),
      new Step(DateTickUnitType.YEAR, 5, "yyyy", 1826),
      new Step(DateTickUnitType.YEAR, 10, "yyyy", 3652),
      new Step(DateTickUnitType.YEAR, 25, "yyyy", 9131),
      new Step(DateTickUnitType.YEAR, 100, "yyyy", 36525));

  private final TimeZone zone;

  SpanDateAxis(TimeZone zone) {
    super(null, zone, Locale.ENGLISH);
    this.zone = zone;
  }

  @Override
  protected void selectHorizontalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea,
      RectangleEdge edge) {
    FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
    setTickUnit(unitFor((long) getLowerBound(), (long) getUpperBound(), dataArea.getWidth(),
        s -> fm.getStringBounds(s, g2).getWidth(), fm.getHeight(), zone), false, false);
  }

  /**
   * Returns the finest tick spacing whose labels, each measured, fit {@code width} with a gap of
   * {@code em} between neighbours; the coarsest when none does.
   */
  static DateTickUnit unitFor(long from, long to, double width, ToDoubleFunction<String> measure,
      double em, TimeZone zone) {
    double spanDays = Math.max(1, (to - from) / (double) DAY);
    for (Step step : STEPS) {
      double ticks = spanDays / step.days() + 1;
      if (ticks * (em * 2) > width) {
        continue; // not even two em per label: no need to measure
      }
      SimpleDateFormat format = new SimpleDateFormat(step.pattern(), Locale.ENGLISH);
      format.setTimeZone(zone);
      double widest = 0;
      // every month and day name of the span is measured: "May" and "Sep" differ
      for (long t = from; t <= to; t += (long) Math.max(DAY, Math.min(step.days(), 28) * DAY)) {
        widest = Math.max(widest, measure.applyAsDouble(format.format(new Date(t))));
      }
      double spacing = width / (spanDays / step.days());
      if (spacing >= widest + em) {
        return new DateTickUnit(step.type(), step.count(), format);
      }
    }
    Step last = STEPS.get(STEPS.size() - 1);
    SimpleDateFormat format = new SimpleDateFormat(last.pattern(), Locale.ENGLISH);
    format.setTimeZone(zone);
    return new DateTickUnit(last.type(), last.count(), format);
  }
}
