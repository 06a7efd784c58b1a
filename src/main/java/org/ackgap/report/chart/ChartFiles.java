package org.ackgap.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.jfree.chart.ui.Drawable;

/** Saves the charts of {@link Charts} as PNG files, drawn at twice their size for print. */
public final class ChartFiles {

  /** How many pixels a PNG has per point of the chart's layout. */
  public static final int SCALE = 2;

  private ChartFiles() {}

  /**
   * Writes every chart into {@code dir}: {@code gap_by_topic.png}, {@code days_unacknowledged.png},
   * {@code stance_matrix.png}, {@code history.png} when there are two runs or more, and {@code
   * timeline-<topic_id>.png} for each of the top topics.
   *
   * @return the files written, in that order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeAll(ReportData data, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<TopicScore> top = Charts.topTopics(data);
    List<Path> files = new ArrayList<>();
    files.add(write(Charts.createGapChart(data), Charts.WIDTH,
        Charts.barChartHeight(top.size()), dir.resolve("gap_by_topic.png")));
    int confirmed = (int) top.stream().filter(s -> s.daysUnacknowledged().isPresent()).count();
    files.add(write(Charts.createDaysChart(data), Charts.WIDTH, Charts.barChartHeight(confirmed),
        dir.resolve("days_unacknowledged.png")));
    StanceMatrix matrix = Charts.createStanceMatrix(data);
    files.add(write(matrix, matrix.width(), matrix.height(), dir.resolve("stance_matrix.png")));
    if (HistoryChart.drawable(data)) {
      files.add(write(HistoryChart.create(data), Charts.WIDTH, HistoryChart.HEIGHT,
          dir.resolve("history.png")));
    }
    for (TopicScore s : top) {
      files.add(write(Charts.createTimelineChart(data, s.topic().id()), Charts.WIDTH,
          Charts.TIMELINE_HEIGHT, dir.resolve("timeline-" + s.topic().id() + ".png")));
    }
    return files;
  }

  /**
   * Writes a chart as PNG at {@link #SCALE} times the given size.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path write(Drawable chart, int width, int height, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      writePng(chart, width, height, out);
    }
    return file;
  }

  /**
   * Writes a chart to a stream as PNG at {@link #SCALE} times the given size.
   *
   * @throws IOException if the stream fails
   */
  public static void writePng(Drawable chart, int width, int height, OutputStream out)
      throws IOException {
    // ImageIO's PNG writer took 2-3 s of CPU for a report's 33 charts (scripts/bench --floor);
    // PngEncoder writes the same pixels in a fraction of that (PngEncoderTest holds it to them)
    PngEncoder.write(render(chart, width, height), out);
  }

  /** Draws a chart into an image of {@link #SCALE} times the given size. */
  public static BufferedImage render(Drawable chart, int width, int height) {
    BufferedImage image =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return image;
  }
}
