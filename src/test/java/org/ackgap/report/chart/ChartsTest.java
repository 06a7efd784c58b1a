package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.ackgap.report.chart.ReportFonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

  private static final ReportData SAMPLE = ReportFixtures.sample();

  @Test
  void writesEveryChartAsPngAtTwiceItsSize(@TempDir Path dir) throws IOException {
    List<Path> files = ChartFiles.writeAll(SAMPLE, dir);

    Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertTrue(names.containsAll(Set.of("gap_by_topic.png", "days_unacknowledged.png",
        "stance_matrix.png", "timeline-nk-troops-kursk.png", "timeline-quiet-topic.png")), names.toString());
    assertEquals(3 + SAMPLE.topics().size(), files.size());
    for (Path f : files) {
      BufferedImage image = ImageIO.read(f.toFile());
      assertTrue(image != null, f + " does not decode");
      assertEquals(0, image.getWidth() % ChartFiles.SCALE);
    }
    BufferedImage timeline = ImageIO.read(dir.resolve("timeline-nk-troops-kursk.png").toFile());
    assertEquals(Charts.WIDTH * 2, timeline.getWidth());
    assertEquals(Charts.TIMELINE_HEIGHT * 2, timeline.getHeight());
    BufferedImage gap = ImageIO.read(dir.resolve("gap_by_topic.png").toFile());
    assertEquals(Charts.barChartHeight(SAMPLE.scores().size()) * 2, gap.getHeight());
  }

  @Test
  void drawsTimelineHeadlessWithInk() {
    BufferedImage image = ChartFiles.render(Charts.createTimelineChart(SAMPLE, "nk-troops-kursk"), 400, 220);
    assertEquals(800, image.getWidth());
    assertTrue(countNonWhite(image) > 5_000, "the timeline drew almost nothing");
  }

  @Test
  void drawsTopicWithoutStatements() {
    BufferedImage image = ChartFiles.render(Charts.createTimelineChart(SAMPLE, "quiet-topic"), 400, 220);
    assertTrue(countNonWhite(image) > 500);
  }

  @Test
  void rejectsUnknownTopic() {
    assertThrows(IllegalArgumentException.class, () -> Charts.createTimelineChart(SAMPLE, "no-such"));
  }

  @Test
  void dateLabelsNearTheAsOfDateStandLeftOfTheirLineSoTheyAreNotCutOff() {
    // confirmed in October, acknowledged two days before the as-of date: the acknowledgement's
    // line stands at the plot's right edge, where a label on its right would run out of the image
    ReportFixtures.Builder b = new ReportFixtures.Builder(LocalDate.of(2025, 4, 28));
    b.source("kr-nis", "South Korea's NIS", "KR", SourceType.INTELLIGENCE, 0.8, "kr-nis");
    b.source("ru-mod", "Russian General Staff", "RU", SourceType.MILITARY, 0.8, "ru-mod");
    b.topic("late", "Acknowledged late", "Troops of KP fight in Kursk.", "RU", "KP")
        .say("a", "2024-10-18", "kr-nis", Stance.AFFIRM, "The NIS said the troops were sent.", "")
        .say("b", "2025-04-26", "ru-mod", Stance.AFFIRM, "The General Staff confirmed it.", "");
    JFreeChart chart = Charts.createTimelineChart(b.build(), "late");

    XYPlot lines = (XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
    Map<String, TextAnchor> anchors = new HashMap<>();
    for (Object m : lines.getDomainMarkers(Layer.FOREGROUND)) {
      Marker marker = (Marker) m;
      anchors.put(marker.getLabel().replaceAll(" \\d.*", ""), marker.getLabelTextAnchor());
    }
    assertEquals(TextAnchor.TOP_RIGHT, anchors.get("acknowledged"), anchors.toString());
    assertEquals(TextAnchor.TOP_LEFT, anchors.get("first confirmed"), anchors.toString());
    assertTrue(countNonWhite(ChartFiles.render(chart, 400, 220)) > 5_000);
  }

  @Test
  void gapChartShowsAtMostThirtyTopicsLargestFirst() {
    ReportData many = ReportFixtures.many(40);
    JFreeChart chart = Charts.createGapChart(many);
    CategoryPlot plot = (CategoryPlot) chart.getPlot();
    assertEquals(Charts.MAX_TOPICS, plot.getDataset().getColumnCount());
    double first = plot.getDataset().getValue(0, 0).doubleValue();
    double last = plot.getDataset().getValue(0, Charts.MAX_TOPICS - 1).doubleValue();
    assertTrue(first >= last);
  }

  @Test
  void matrixBoundsItsRowsAndColumns() {
    StanceMatrix matrix = Charts.createStanceMatrix(ReportFixtures.many(40));
    assertTrue(matrix.sources().size() <= StanceMatrix.MAX_SOURCES);
    BufferedImage image = ChartFiles.render(matrix, matrix.width(), matrix.height());
    assertTrue(countNonWhite(image) > 5_000);
  }

  @Test
  void replacesGlyphsTheFontLacksWithAVisibleBox() {
    String shown = ReportFonts.displayable(Face.REGULAR, "Киев 東京 \uD83D\uDE00 ok");
    assertTrue(shown.startsWith("Киев "), shown);
    assertFalse(shown.contains("東"));
    assertTrue(shown.contains(String.valueOf(ReportFonts.MISSING)));
    assertNotEquals(-1, shown.indexOf("ok"));
  }

  @Test
  void rendersChartsWithCharactersTheFontLacks(@TempDir Path dir) throws IOException {
    ReportData odd = ReportFixtures.withMissingGlyphs();
    List<Path> files = ChartFiles.writeAll(odd, dir);
    assertTrue(files.stream().allMatch(Files::exists));
  }

  private static int countNonWhite(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          n++;
        }
      }
    }
    return n;
  }
}
