package org.ackgap.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.TimelinePoint;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.StatementRow;
import org.ackgap.report.chart.ReportFonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the report's charts from the report data; nothing here touches a file. Every chart
 * shows at most {@link #MAX_TOPICS} topics, the ones with the largest gap.
 */
public final class Charts {

  /** The most topics a chart or the PDF shows one by one. */
  public static final int MAX_TOPICS = 30;
  /** The width every chart is laid out for, in points (PNG pixels before the 2x scale). */
  public static final int WIDTH = 800;
  /** The height of a timeline chart, in points. */
  public static final int TIMELINE_HEIGHT = 440;

  private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
  private static final int TITLE_CHARS = 46;
  /** The top of a timeline's score axis: room above 1 for the labels of the date lines. */
  static final double SCORE_TOP = 1.3;

  private Charts() {}

  /** Returns the topics charted one by one: the first {@link #MAX_TOPICS} by gap score. */
  public static List<TopicScore> topTopics(ReportData data) {
    List<TopicScore> scores = data.scores();
    return scores.subList(0, Math.min(MAX_TOPICS, scores.size()));
  }

  /** Returns the height a horizontal bar chart of {@code bars} bars needs at {@link #WIDTH}. */
  public static int barChartHeight(int bars) {
    return 150 + 26 * Math.max(1, bars);
  }

  /** Creates the bar chart of gap score per topic, each bar coloured and labelled by status. */
  public static JFreeChart createGapChart(ReportData data) {
    List<TopicScore> shown = topTopics(data);
    List<Bar> bars = new ArrayList<>();
    for (TopicScore s : shown) {
      bars.add(new Bar(key(s), s.gapScore(), s.status(),
          Formats.number(s.gapScore(), 1) + "  " + Formats.status(s.status())));
    }
    String subtitle = shown.size() < data.scores().size()
        ? "The " + shown.size() + " largest gaps of " + data.scores().size() + " topics"
        : "All " + shown.size() + " topics";
    JFreeChart chart = barChart(bars, "Acknowledgement gap by topic",
        subtitle + ", as of " + Formats.day(data.asOf()) + ". Gap = 100 × confirmation × (1 − acknowledgement).",
        "Gap score (0–100)", 100.0);
    return chart;
  }

  /** Creates the bar chart of days unacknowledged, for the confirmed topics among the top ones. */
  public static JFreeChart createDaysChart(ReportData data) {
    List<Bar> bars = new ArrayList<>();
    topTopics(data).stream()
        .filter(s -> s.daysUnacknowledged().isPresent())
        .sorted(Comparator.comparingLong((TopicScore s) -> s.daysUnacknowledged().getAsLong())
            .reversed().thenComparing(s -> s.topic().id()))
        .forEach(s -> {
          long days = s.daysUnacknowledged().getAsLong();
          bars.add(new Bar(key(s), days, s.status(),
              days + (days == 1 ? " day  " : " days  ") + Formats.status(s.status())));
        });
    JFreeChart chart = barChart(bars, "Days unacknowledged",
        "From first confirmation to acknowledgement or to " + Formats.day(data.asOf())
            + "; unconfirmed topics left out.",
        "Days", Double.NaN);
    if (bars.isEmpty()) {
      noDataMessage(chart.getPlot(), "No topic has been confirmed yet.");
    }
    return chart;
  }

  /**
   * Creates a topic's timeline: confirmation and acknowledgement as step lines, the statements as
   * markers in a lane per side, coloured and shaped by stance, the first-confirmed and
   * acknowledged dates marked and the unacknowledged span shaded.
   *
   * @throws IllegalArgumentException if no topic has that id
   */
  public static JFreeChart createTimelineChart(ReportData data, String topicId) {
    TopicScore score = data.scores().stream().filter(s -> s.topic().id().equals(topicId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no topic with id " + topicId));
    List<TimelinePoint> points = data.timelines().getOrDefault(topicId, List.of());
    List<StatementRow> rows = data.statements().getOrDefault(topicId, List.of());

    XYSeries confirmation = new XYSeries("Confirmation (third parties)", true, true);
    XYSeries acknowledgement = new XYSeries("Acknowledgement (subject side)", true, true);
    for (TimelinePoint p : points) {
      confirmation.addOrUpdate(millis(p.date()), p.confirmation());
      acknowledgement.addOrUpdate(millis(p.date()), p.acknowledgement());
    }
    if (!points.isEmpty() && points.get(points.size() - 1).date().isBefore(data.asOf())) {
      // carry the last values to the as-of date, so the line shows how long they have held
      TimelinePoint last = points.get(points.size() - 1);
      confirmation.addOrUpdate(millis(data.asOf()), last.confirmation());
      acknowledgement.addOrUpdate(millis(data.asOf()), last.acknowledgement());
    }
    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(confirmation);
    lines.addSeries(acknowledgement);

    // headroom above 1 for the date lines' labels, which sat on a confirmation line at 1
    NumberAxis scoreAxis = new CappedAxis("Score", 1.0);
    scoreAxis.setRange(0.0, SCORE_TOP);
    scoreAxis.setTickUnit(new NumberTickUnit(0.25));
    XYStepRenderer stepRenderer = new XYStepRenderer();
    XYPlot linePlot = new XYPlot(lines, null, scoreAxis, stepRenderer);
    noDataMessage(linePlot, "No statements on this topic as of " + Formats.day(data.asOf()));

    ValueMarker threshold = new ValueMarker(data.parameters().threshold(), Palette.MUTED,
        new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
    threshold.setLabel("threshold " + Formats.number(data.parameters().threshold(), 2));
    threshold.setLabelFont(ReportFonts.awt(Face.REGULAR, 9f));
    threshold.setLabelPaint(Palette.MUTED);
    // drawn after the date lines: an acknowledgement days before the as-of date runs through it
    threshold.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    LocalDate first = points.isEmpty() ? data.asOf().minusDays(30) : points.get(0).date();
    for (StatementRow r : rows) {
      first = r.date().isBefore(first) ? r.date() : first;
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(first, data.asOf()));
    long pad = Math.max(2, span / 20);
    Range dates = new Range(millis(first.minusDays(pad)), millis(data.asOf().plusDays(pad)));
    threshold.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    threshold.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    linePlot.addRangeMarker(threshold);
    annotateDates(linePlot, score, data.asOf(), dates);

    XYPlot statementPlot = statementLanes(rows, dates);

    // tick spacing by the span and the room of the labels, so that they never run together
    DateAxis dateAxis = new SpanDateAxis(UTC);
    dateAxis.setRange(dates);

    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dateAxis);
    plot.setGap(6.0);
    // the lanes tall enough for three markers of one day one above another
    plot.add(linePlot, 5);
    plot.add(statementPlot, 2);

    JFreeChart chart = new JFreeChart(clean(score.topic().title()), plot);
    chart.addSubtitle(new TextTitle(Formats.status(score.status()) + " · gap "
        + Formats.number(score.gapScore(), 1) + " · confirmation "
        + Formats.number(score.confirmation(), 2) + " · as of " + Formats.day(data.asOf())));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(lineItem("Confirmation", Palette.ACCENT, false));
    legend.add(lineItem("Acknowledgement", Palette.INK, true));
    for (Stance stance : Stance.values()) {
      legend.add(markerItem(stance));
    }
    LegendItem shade = new LegendItem("Unacknowledged span", null, null, null,
        new Rectangle2D.Double(-6, -5, 12, 10), Palette.GAP_SPAN);
    legend.add(shade);
    plot.setFixedLegendItems(legend);
    theme(chart);
    // the theme hands out its own series paints; the lines' look is set after it
    stepRenderer.setAutoPopulateSeriesPaint(false);
    stepRenderer.setAutoPopulateSeriesStroke(false);
    stepRenderer.setSeriesPaint(0, Palette.ACCENT);
    stepRenderer.setSeriesStroke(0, new BasicStroke(2.6f));
    stepRenderer.setSeriesPaint(1, Palette.INK);
    stepRenderer.setSeriesStroke(1, new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
    stepRenderer.setDefaultShapesVisible(false);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  /** Creates the source-by-topic matrix of stance counts, for the top topics. */
  public static StanceMatrix createStanceMatrix(ReportData data) {
    return new StanceMatrix(data, topTopics(data));
  }

  /** Returns the text with characters the chart font cannot draw replaced by a visible box. */
  static String clean(String text) {
    return ReportFonts.displayable(Face.REGULAR, text);
  }

  /**
   * Sets the message a plot shows when it has no data, in the report's own face: JFreeChart's
   * default is the logical "SansSerif", whatever the machine maps that to, which the PDF cannot
   * embed and so drew as outlines, slowly and without searchable text.
   */
  private static void noDataMessage(Plot plot, String message) {
    plot.setNoDataMessage(message);
    plot.setNoDataMessageFont(ReportFonts.awt(Face.REGULAR, 12f));
  }

  private static void annotateDates(XYPlot plot, TopicScore score, LocalDate asOf, Range dates) {
    Font labelFont = ReportFonts.awt(Face.BOLD, 9.5f);
    Optional<LocalDate> confirmed = score.firstConfirmed();
    Optional<LocalDate> acknowledged = score.acknowledgedOn();
    if (confirmed.isPresent()) {
      LocalDate end = acknowledged.orElse(asOf);
      if (end.isAfter(confirmed.get())) {
        IntervalMarker span = new IntervalMarker(millis(confirmed.get()), millis(end),
            Palette.GAP_SPAN, new BasicStroke(0f), null, null, 0.55f);
        long days = score.daysUnacknowledged().orElse(ChronoUnit.DAYS.between(confirmed.get(), end));
        span.setLabel("unacknowledged " + days + (days == 1 ? " day" : " days"));
        span.setLabelFont(ReportFonts.awt(Face.REGULAR, 9.5f));
        span.setLabelPaint(Palette.INK);
        span.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        span.setLabelAnchor(RectangleAnchor.BOTTOM);
        span.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        span.setLabelOffset(new RectangleInsets(4, 4, 6, 4));
        plot.addDomainMarker(span, Layer.BACKGROUND);
      }
      plot.addDomainMarker(dateLine("first confirmed " + Formats.day(confirmed.get()),
          confirmed.get(), Palette.ACCENT, labelFont, 4, dates));
    }
    acknowledged.ifPresent(d -> plot.addDomainMarker(
        dateLine("acknowledged " + Formats.day(d), d, Palette.INK, labelFont, 20, dates)));
  }

  /**
   * A dated vertical line with its label beside its top: on its right, or on its left when the
   * line stands in the right half of the dates shown, so that a date near the as-of date (an
   * acknowledgement days before it) keeps its label inside the plot.
   */
  private static ValueMarker dateLine(String label, LocalDate date, Color colour, Font font,
      int top, Range dates) {
    ValueMarker marker = new ValueMarker(millis(date), colour, new BasicStroke(1.0f));
    marker.setLabel(label);
    marker.setLabelFont(font);
    marker.setLabelPaint(colour);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    boolean left = millis(date) > dates.getCentralValue();
    marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(top, 3, 3, 3));
    return marker;
  }

  /**
   * Returns where the {@code n}-th statement of one day and lane goes, from the day's point: side
   * by side first, a marker's width apart (the day's own point, then right, left, two to the
   * right, …, three each way), then the same in a row above and one below. The lanes are too
   * low for markers one above another to clear each other on the PDF's chart.
   */
  static Point2D.Double sameDayOffset(int n, double dx) {
    int[] columns = {0, 1, -1, 2, -2, 3, -3};
    double[] rows = {0, 0.32, -0.32};
    return new Point2D.Double(columns[n % columns.length] * dx,
        rows[(n / columns.length) % rows.length]);
  }

  private static XYPlot statementLanes(List<StatementRow> rows, Range dates) {
    Map<Stance, XYSeries> series = new java.util.EnumMap<>(Stance.class);
    for (Stance stance : Stance.values()) {
      series.put(stance, new XYSeries(stance.label(), false, true));
    }
    Map<String, Integer> stacked = new HashMap<>();
    // a marker is about a fiftieth of the dates wide on the PDF's chart, more on the PNG
    double dx = dates.getLength() / 50;
    for (StatementRow r : rows) {
      int lane = r.side() == Side.SUBJECT ? 1 : 0;
      int n = stacked.merge(r.date() + "|" + lane, 1, Integer::sum) - 1;
      Point2D.Double at = sameDayOffset(n, dx);
      series.get(r.stance()).add(millis(r.date()) + at.x, lane + at.y);
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    int i = 0;
    for (Stance stance : Stance.values()) {
      dataset.addSeries(series.get(stance));
      renderer.setSeriesShape(i, markerShape(stance));
      renderer.setSeriesPaint(i, Palette.stance(stance));
      renderer.setSeriesFillPaint(i, stance == Stance.NONE ? Color.WHITE : Palette.stance(stance));
      renderer.setSeriesOutlinePaint(i, stance == Stance.NONE ? Palette.MUTED : Palette.INK);
      i++;
    }
    renderer.setUseFillPaint(true);
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.7f));
    SymbolAxis lanes = new SymbolAxis(null, new String[] {"third party", "subject side"});
    lanes.setRange(-0.6, 1.6);
    lanes.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(dataset, null, lanes, renderer);
    plot.setRangeGridlinesVisible(true);
    return plot;
  }

  /** Returns the marker of a stance; shapes differ, so stances read without colour. */
  public static Shape markerShape(Stance stance) {
    return switch (stance) {
      case AFFIRM -> new Ellipse2D.Double(-5, -5, 10, 10);
      case DENY -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-6, -5);
        p.lineTo(6, -5);
        p.lineTo(0, 6);
        p.closePath();
        yield p;
      }
      case DISCUSS -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -6);
        p.lineTo(6, 0);
        p.lineTo(0, 6);
        p.lineTo(-6, 0);
        p.closePath();
        yield p;
      }
      case NONE -> new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    };
  }

  /** Returns what a stance marker stands for on either side. */
  public static String stanceLegend(Stance stance) {
    return stance.label() + " (" + Formats.stanceReading(Side.THIRD_PARTY, stance) + " / "
        + Formats.stanceReading(Side.SUBJECT, stance) + ")";
  }

  private static LegendItem lineItem(String label, Color colour, boolean dashed) {
    LegendItem item = new LegendItem(label, null, null, null, false,
        new Rectangle2D.Double(-6, -1, 12, 2), false, colour, false, colour,
        dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 2f}, 0f) : new BasicStroke(2.6f),
        true, new java.awt.geom.Line2D.Double(-8, 0, 8, 0),
        dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 2f}, 0f) : new BasicStroke(2.6f), colour);
    return item;
  }

  private static LegendItem markerItem(Stance stance) {
    Color fill = stance == Stance.NONE ? Color.WHITE : Palette.stance(stance);
    return new LegendItem(stanceLegend(stance), null, null, null, true, markerShape(stance), true,
        fill, true, stance == Stance.NONE ? Palette.MUTED : Palette.INK, new BasicStroke(0.7f),
        false, new java.awt.geom.Line2D.Double(), new BasicStroke(), Color.BLACK);
  }

  private record Bar(TopicKey key, double value, Status status, String label) {}

  /** A category of a topic chart: unique by topic id, shown as the shortened title. */
  private record TopicKey(String id, String label) implements Comparable<TopicKey> {
    @Override
    public int compareTo(TopicKey o) {
      return id.compareTo(o.id);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static TopicKey key(TopicScore s) {
    return new TopicKey(s.topic().id(), clean(Formats.shorten(s.topic().title(), TITLE_CHARS)));
  }

  private static JFreeChart barChart(List<Bar> bars, String title, String subtitle, String valueLabel,
      double max) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Bar b : bars) {
      dataset.addValue(b.value(), "value", b.key());
    }
    CategoryAxis categories = new CategoryAxis(null);
    categories.setMaximumCategoryLabelWidthRatio(0.42f);
    categories.setMaximumCategoryLabelLines(2);
    categories.setCategoryMargin(0.25);
    categories.setLowerMargin(0.01);
    categories.setUpperMargin(0.01);
    NumberAxis values = new CappedAxis(valueLabel, max);
    if (Double.isNaN(max)) {
      values.setUpperMargin(0.4);
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    } else {
      // room right of the longest bar for its label; ticks stop at the cap
      values.setRange(0.0, max * 1.34);
    }
    BarRenderer renderer = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return Palette.status(bars.get(column).status());
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Palette.MUTED);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    renderer.setMaximumBarWidth(0.9);
    renderer.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
      @Override
      public String generateRowLabel(CategoryDataset d, int row) {
        return null;
      }

      @Override
      public String generateColumnLabel(CategoryDataset d, int column) {
        return null;
      }

      @Override
      public String generateLabel(CategoryDataset d, int row, int column) {
        return bars.get(column).label();
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ReportFonts.awt(Face.CONDENSED, 10f));
    renderer.setDefaultItemLabelPaint(Palette.INK);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
        ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    Set<Status> present = EnumSet.noneOf(Status.class);
    bars.forEach(b -> present.add(b.status()));
    LegendItemCollection legend = new LegendItemCollection();
    for (Status s : present) {
      legend.add(new LegendItem(Formats.status(s), null, null, null,
          new Rectangle2D.Double(-6, -5, 12, 10), Palette.status(s), new BasicStroke(0.5f),
          Palette.MUTED));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, plot);
    chart.addSubtitle(new TextTitle(subtitle));
    theme(chart);
    chart.getLegend().setPosition(RectangleEdge.TOP);
    chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
    categories.setTickLabelFont(ReportFonts.awt(Face.CONDENSED, 10.5f));
    return chart;
  }

  /** A value axis whose ticks stop at a cap while its range runs on, leaving room for labels. */
  private static final class CappedAxis extends NumberAxis {
    private final double cap;

    CappedAxis(String label, double cap) {
      super(label);
      this.cap = cap;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List ticks = super.refreshTicks(g2, state, dataArea, edge);
      if (Double.isNaN(cap)) {
        return ticks;
      }
      List kept = new ArrayList();
      for (Object t : ticks) {
        if (((ValueTick) t).getValue() <= cap + 1e-9) {
          kept.add(t);
        }
      }
      return kept;
    }
  }

  /** Applies the report's fonts and a quiet, print-friendly look to a chart. */
  static void theme(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("ackgap");
    theme.setExtraLargeFont(ReportFonts.awt(Face.BOLD, 16f));
    theme.setLargeFont(ReportFonts.awt(Face.REGULAR, 11f));
    theme.setRegularFont(ReportFonts.awt(Face.REGULAR, 10.5f));
    theme.setSmallFont(ReportFonts.awt(Face.REGULAR, 9.5f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Palette.RULE);
    theme.setDomainGridlinePaint(new Color(0xE4, 0xE4, 0xE4));
    theme.setRangeGridlinePaint(new Color(0xE4, 0xE4, 0xE4));
    theme.setAxisLabelPaint(Palette.MUTED);
    theme.setTickLabelPaint(Palette.INK);
    theme.setTitlePaint(Palette.INK);
    theme.setSubtitlePaint(Palette.MUTED);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(Palette.INK);
    theme.setItemLabelPaint(Palette.INK);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    // the theme resets renderer fonts and paints; keep what the builders set
    java.awt.Font itemFont = null;
    java.awt.Paint itemPaint = null;
    if (chart.getPlot() instanceof CategoryPlot cp && cp.getRenderer() instanceof BarRenderer br) {
      itemFont = br.getDefaultItemLabelFont();
      itemPaint = br.getDefaultItemLabelPaint();
    }
    theme.apply(chart);
    if (chart.getPlot() instanceof CategoryPlot cp && cp.getRenderer() instanceof BarRenderer br
        && itemFont != null) {
      br.setDefaultItemLabelFont(itemFont);
      br.setDefaultItemLabelPaint(itemPaint);
    }
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.getTitle().setMargin(0, 4, 2, 4);
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt) {
        tt.setHorizontalAlignment(HorizontalAlignment.LEFT);
        tt.setFont(ReportFonts.awt(Face.REGULAR, 10f));
        tt.setMargin(0, 4, 6, 4);
      }
      if (t instanceof LegendTitle lt) {
        lt.setFrame(BlockBorder.NONE);
        lt.setItemFont(ReportFonts.awt(Face.REGULAR, 9.5f));
      }
    }
    chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    // JFreeChart's default plot outline has round joins, which sends the rectangle through
    // Java2D's general antialiased path renderer for every plot; with mitred joins it is drawn
    // as four antialiased parallelograms. The corners of a 0.5 pt line differ by a few levels
    // of grey in four pixels, nothing one can see, on PNG or PDF.
    plotOutline(chart.getPlot());
    if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
      for (Object sub : combined.getSubplots()) {
        plotOutline((Plot) sub);
      }
    }
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  private static void plotOutline(Plot plot) {
    plot.setOutlineStroke(new BasicStroke(0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
  }

  /** Returns the instant of a date's midnight in UTC, the x value of every time chart. */
  static long millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
