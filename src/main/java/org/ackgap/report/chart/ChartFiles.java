package org.ackgap.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
   * {@code stance_matrix.png} and {@code timeline-<topic_id>.png} for each of the top topics.
   *
   * @return the files written, in that order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeAll(ReportData data, Path dir) throws IOException {
    Batch charts = batch(data, dir);
    charts.drawAll();
    return charts.files();
  }

  /**
   * Returns the charts of {@link #writeAll} as a batch that several threads can draw together.
   *
   * @throws IOException if the folder cannot be created
   */
  public static Batch batch(ReportData data, Path dir) throws IOException {
    Files.createDirectories(dir);
    return new Batch(data, dir);
  }

  /**
   * The charts of a report, each drawn by whichever thread takes it first; the files and their
   * bytes do not depend on which thread drew which. Every thread that calls {@link #drawAll}
   * draws charts until none is left, so a thread done with other work can help.
   */
  public static final class Batch {
    /** The index of the first timeline; the three overview charts come before them. */
    private static final int TIMELINES = 3;

    private final ReportData data;
    private final List<TopicScore> top;
    private final List<Path> files = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    private Batch(ReportData data, Path dir) {
      this.data = data;
      this.top = Charts.topTopics(data);
      files.add(dir.resolve("gap_by_topic.png"));
      files.add(dir.resolve("days_unacknowledged.png"));
      files.add(dir.resolve("stance_matrix.png"));
      for (TopicScore s : top) {
        files.add(dir.resolve("timeline-" + s.topic().id() + ".png"));
      }
    }

    /**
     * Draws charts not yet taken by any thread until there are none left.
     *
     * @throws IOException if a file cannot be written
     */
    public void drawAll() throws IOException {
      // the timelines are all one size: each thread draws all of its into one image, since a
      // new one is 5.6 MB, a humongous allocation for G1 (and GC cycles in a full heap)
      BufferedImage timelines = null;
      for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
        if (i >= TIMELINES && timelines == null) {
          timelines = new BufferedImage(Charts.WIDTH * SCALE, Charts.TIMELINE_HEIGHT * SCALE,
              BufferedImage.TYPE_INT_RGB);
        }
        draw(i, timelines);
      }
    }

    /** Returns every chart's file, in the order of {@link ChartFiles#writeAll}. */
    public List<Path> files() {
      return List.copyOf(files);
    }

    private void draw(int i, BufferedImage timelines) throws IOException {
      Path file = files.get(i);
      switch (i) {
        case 0 -> write(Charts.createGapChart(data), Charts.WIDTH,
            Charts.barChartHeight(top.size()), file);
        case 1 -> {
          int confirmed = 0;
          for (TopicScore s : top) {
            confirmed += s.daysUnacknowledged().isPresent() ? 1 : 0;
          }
          write(Charts.createDaysChart(data), Charts.WIDTH, Charts.barChartHeight(confirmed), file);
        }
        case 2 -> {
          StanceMatrix matrix = Charts.createStanceMatrix(data);
          write(matrix, matrix.width(), matrix.height(), file);
        }
        default -> write(Charts.createTimelineChart(data, top.get(i - TIMELINES).topic().id()),
            Charts.WIDTH, Charts.TIMELINE_HEIGHT, file, timelines);
      }
    }
  }

  /**
   * Writes a chart as PNG at {@link #SCALE} times the given size.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path write(Drawable chart, int width, int height, Path file) throws IOException {
    return write(chart, width, height, file, null);
  }

  private static Path write(Drawable chart, int width, int height, Path file, BufferedImage reuse)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      PngEncoder.write(render(chart, width, height, reuse), out);
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
    PngEncoder.write(render(chart, width, height), out);
  }

  /** Draws a chart into an image of {@link #SCALE} times the given size. */
  public static BufferedImage render(Drawable chart, int width, int height) {
    return render(chart, width, height, null);
  }

  /** Draws a chart into {@code reuse} when that has the size needed, else into a new image. */
  private static BufferedImage render(Drawable chart, int width, int height, BufferedImage reuse) {
    BufferedImage image = reuse != null && reuse.getWidth() == width * SCALE
        && reuse.getHeight() == height * SCALE
        ? reuse
        : new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = new RasterGraphics(image.createGraphics());
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      // every pixel is painted over, so a reused image keeps nothing of its last chart
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
