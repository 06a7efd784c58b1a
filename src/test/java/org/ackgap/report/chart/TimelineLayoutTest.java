package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineLayoutTest {

  /** A topic confirmed on its first day, with three statements on each of two days. */
  private static ReportData spanning(LocalDate first, LocalDate asOf) {
    ReportFixtures.Builder b = new ReportFixtures.Builder(asOf);
    b.source("nis", "NIS", "KR", SourceType.INTELLIGENCE, 0.8, "nis");
    b.source("mod", "MoD", "UA", SourceType.MILITARY, 0.7, "mod");
    b.source("kremlin", "Kremlin", "RU", SourceType.OFFICIAL, 0.5, "kremlin");
    b.topic("t", "Troops", "Troops are there.", "RU")
        .say("a", first.toString(), "nis", Stance.AFFIRM, "Confirmed.", "")
        .say("b", first.toString(), "mod", Stance.AFFIRM, "Confirmed too.", "")
        .say("c", first.toString(), "nis", Stance.DISCUSS, "Reportedly.", "")
        .say("d", first.toString(), "mod", Stance.DISCUSS, "Reportedly too.", "")
        .say("e", asOf.toString(), "kremlin", Stance.DENY, "A fake.", "")
        .say("f", asOf.toString(), "kremlin", Stance.DISCUSS, "Ask the MoD.", "")
        .say("g", asOf.toString(), "kremlin", Stance.NONE, "Kursk news.", "");
    return b.build();
  }

  /** Draws the chart as the PDF lays it out (600 points) or as the PNG (800). */
  private static Drawn draw(JFreeChart chart, int width) {
    BufferedImage image = new BufferedImage(width, 312, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, 312), info);
    return new Drawn(g2, info);
  }

  private record Drawn(Graphics2D g2, ChartRenderingInfo info) {}

  @ParameterizedTest(name = "{0} to {1} at {2} points")
  @CsvSource({
      "2024-12-14, 2024-12-17, 600", "2024-11-20, 2024-12-17, 600", "2024-10-18, 2024-12-17, 600",
      "2024-10-18, 2025-06-30, 600", "2023-01-15, 2024-12-17, 600", "2023-01-15, 2024-12-17, 800",
      "2016-03-01, 2024-12-17, 600", "1990-01-01, 2024-12-17, 600", "2024-10-18, 2025-06-30, 300"})
  void dateLabelsNeverRunTogether(LocalDate first, LocalDate asOf, int width) {
    JFreeChart chart = Charts.createTimelineChart(spanning(first, asOf), "t");
    Drawn drawn = draw(chart, width);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    DateAxis axis = (DateAxis) plot.getDomainAxis();
    Rectangle2D area = drawn.info().getPlotInfo().getDataArea();
    @SuppressWarnings("unchecked")
    List<ValueTick> ticks = axis.refreshTicks(drawn.g2(), new AxisState(), area, RectangleEdge.BOTTOM);
    assertTrue(ticks.size() >= 2, "ticks: " + ticks.size());
    double previousEnd = Double.NEGATIVE_INFINITY;
    List<String> labels = new ArrayList<>();
    for (ValueTick t : ticks) {
      double x = axis.valueToJava2D(t.getValue(), area, RectangleEdge.BOTTOM);
      double w = drawn.g2().getFontMetrics(axis.getTickLabelFont()).getStringBounds(t.getText(), drawn.g2()).getWidth();
      labels.add(t.getText());
      // labels are centred on their tick
      assertTrue(x - w / 2 >= previousEnd + 4, "labels run together: " + labels);
      previousEnd = x + w / 2;
    }
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2024-10-18, 2024-12-17", "2024-10-18, 2024-10-21"})
  void markersOfOneDayDoNotHideEachOther(LocalDate first, LocalDate asOf) {
    JFreeChart chart = Charts.createTimelineChart(spanning(first, asOf), "t");
    Drawn drawn = draw(chart, 600);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    XYPlot lanes = (XYPlot) plot.getSubplots().get(1);
    Rectangle2D area = drawn.info().getPlotInfo().getSubplotInfo(1).getDataArea();
    List<Point2D> points = new ArrayList<>();
    XYDataset data = lanes.getDataset();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        points.add(new Point2D.Double(
            plot.getDomainAxis().valueToJava2D(data.getXValue(s, i), area, RectangleEdge.BOTTOM),
            lanes.getRangeAxis().valueToJava2D(data.getYValue(s, i), area, RectangleEdge.LEFT)));
      }
    }
    assertTrue(points.size() == 7);
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        // markers are 10 to 12 points across; centres 8 apart leave each one mostly visible
        assertTrue(points.get(i).distance(points.get(j)) >= 8, "markers overlap: " + points);
      }
    }
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2024-10-18, 2024-12-17", "2024-10-18, 2025-06-30"})
  void dateLineLabelsStandAboveTheScoresLines(LocalDate first, LocalDate asOf) {
    JFreeChart chart = Charts.createTimelineChart(spanning(first, asOf), "t");
    Drawn drawn = draw(chart, 600);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    XYPlot lines = (XYPlot) plot.getSubplots().get(0);
    Rectangle2D area = drawn.info().getPlotInfo().getSubplotInfo(0).getDataArea();
    double one = lines.getRangeAxis().valueToJava2D(1.0, area, RectangleEdge.LEFT);
    int labelled = 0;
    for (Object o : lines.getDomainMarkers(Layer.FOREGROUND)) {
      Marker m = (Marker) o;
      if (m.getLabel() == null) {
        continue;
      }
      labelled++;
      double top = area.getMinY() + m.getLabelOffset().getTop();
      double height = drawn.g2().getFontMetrics(m.getLabelFont()).getHeight();
      // the label's box ends above the line that shows a confirmation (or acknowledgement) of 1
      assertTrue(top + height < one - 2, m.getLabel() + " reaches " + (top + height) + ", line at " + one);
    }
    assertTrue(labelled >= 1);
  }
}
