package org.ackgap.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.RunPoint;
import org.ackgap.report.chart.ReportFonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the chart of the top topics' gap scores over the runs in history.csv (SPEC §7): how a
 * gap moved night after night, one line a topic.
 */
public final class HistoryChart {

  /** Topics drawn: more lines than this are a tangle no reader follows. */
  public static final int MAX_LINES = 8;
  /** The chart's height at {@link Charts#WIDTH}, in points. */
  public static final int HEIGHT = 380;

  /** Line colours a reader tells apart in print, after ColorBrewer's "Dark2" and "Set1". */
  private static final Color[] COLOURS = {
      new Color(0x08, 0x45, 0x94), new Color(0xD9, 0x5F, 0x02), new Color(0x1B, 0x9E, 0x77),
      new Color(0xE7, 0x29, 0x8A), new Color(0x66, 0xA6, 0x1E), new Color(0x75, 0x70, 0xB3),
      new Color(0xA6, 0x76, 0x1D), new Color(0x66, 0x66, 0x66)};

  private HistoryChart() {}

  /** Returns whether the history holds the two runs or more a line needs. */
  public static boolean drawable(ReportData data) {
    return data.runs() >= 2;
  }

  /** Creates the chart of the gap over the runs for the topics with the largest gaps now. */
  public static JFreeChart create(ReportData data) {
    List<TopicScore> top = Charts.topTopics(data);
    top = top.subList(0, Math.min(MAX_LINES, top.size()));
    Map<String, XYSeries> series = new LinkedHashMap<>();
    for (TopicScore s : top) {
      series.put(s.topic().id(), new XYSeries(Charts.clean(s.topic().title()), true, true));
    }
    LocalDate first = data.asOf();
    LocalDate last = data.asOf();
    for (RunPoint p : data.history()) {
      XYSeries line = series.get(p.topicId());
      if (line != null) {
        line.addOrUpdate(Charts.millis(p.asOf()), p.gapScore());
      }
      first = p.asOf().isBefore(first) ? p.asOf() : first;
      last = p.asOf().isAfter(last) ? p.asOf() : last;
    }
    XYSeriesCollection lines = new XYSeriesCollection();
    series.values().forEach(lines::addSeries);

    DateAxis dates = new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
    long pad = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, last) / 30);
    dates.setRange(Charts.millis(first.minusDays(pad)), Charts.millis(last.plusDays(pad)));
    NumberAxis gap = new NumberAxis("Gap score");
    gap.setRange(0, 105);
    gap.setTickUnit(new NumberTickUnit(25));
    // steps, not slopes: a run's gap holds until the next run measured it again
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setDefaultShapesVisible(true);
    XYPlot plot = new XYPlot(lines, dates, gap, renderer);

    long runs = data.runs();
    JFreeChart chart = new JFreeChart("Gap over the runs", plot);
    chart.addSubtitle(new TextTitle(runs + " runs from " + Formats.day(first) + " to "
        + Formats.day(last) + (top.size() < data.scores().size()
            ? " · the " + top.size() + " topics with the largest gaps now" : "")));
    Charts.theme(chart);
    // the theme hands out its own series paints; the lines' look is set after it
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesShape(false);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2.0f));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.getLegend().setItemFont(ReportFonts.awt(Face.REGULAR, 9.5f));
    return chart;
  }
}
