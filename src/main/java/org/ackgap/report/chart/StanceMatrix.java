package org.ackgap.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ackgap.Side;
import org.ackgap.Source;
import org.ackgap.Stance;
import org.ackgap.TopicScore;
import org.ackgap.report.ReportData;
import org.ackgap.report.chart.ReportFonts.Face;
import org.jfree.chart.ui.Drawable;

/**
 * The source-by-topic matrix of stance counts: a row per source, a column per topic, each cell
 * split into strips by how many of the source's statements took each stance, the total printed
 * in it, and a heavy outline where the source speaks for the topic's subject. It scales itself
 * to the area it is drawn in, keeping its proportions.
 */
public final class StanceMatrix implements Drawable {

  /** The most sources shown as rows; the most active ones are kept. */
  public static final int MAX_SOURCES = 45;

  private static final Stance[] ORDER = {Stance.AFFIRM, Stance.DISCUSS, Stance.DENY, Stance.NONE};
  private static final double CELL_W = 22;
  private static final double CELL_H = 17;
  private static final double LABEL_W = 230;
  private static final double HEADER_H = 150;
  private static final double TITLE_H = 52;
  private static final double LEGEND_H = 48;
  private static final double MARGIN = 12;

  private final List<TopicScore> topics;
  private final List<Source> sources;
  private final int hiddenSources;
  private final Map<String, Map<String, Map<Stance, Integer>>> matrix;
  private final String subtitle;

  StanceMatrix(ReportData data, List<TopicScore> topics) {
    this.topics = List.copyOf(topics);
    this.matrix = data.matrix();
    Map<String, Integer> activity = new HashMap<>();
    for (TopicScore t : topics) {
      String id = t.topic().id();
      matrix.forEach((sourceId, byTopic) -> {
        int n = byTopic.getOrDefault(id, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        if (n > 0) {
          activity.merge(sourceId, n, Integer::sum);
        }
      });
    }
    List<String> active = new ArrayList<>(activity.keySet());
    active.sort(Comparator.comparing((String id) -> -activity.get(id)).thenComparing(id -> id));
    this.hiddenSources = Math.max(0, active.size() - MAX_SOURCES);
    List<Source> kept = new ArrayList<>();
    for (String id : active.subList(0, Math.min(MAX_SOURCES, active.size()))) {
      Source s = data.sources().get(id);
      kept.add(s != null ? s : new Source(id, id, "?", org.ackgap.SourceType.OTHER, 0.5, id));
    }
    // group by actor so a state's voices sit together, then by name
    kept.sort(Comparator.comparing(Source::actor).thenComparing(Source::name).thenComparing(Source::id));
    this.sources = List.copyOf(kept);
    this.subtitle = sources.size() + " sources × " + topics.size() + " topics"
        + (hiddenSources > 0 ? " (" + hiddenSources + " less active sources not shown)" : "")
        + ", as of " + Formats.day(data.asOf()) + ". Columns follow the gap ranking.";
  }

  /** Returns the sources shown as rows, in row order. */
  public List<Source> sources() {
    return sources;
  }

  /** Returns the width the matrix is laid out at, in points. */
  public int width() {
    return (int) Math.ceil(Math.max(Charts.WIDTH, 2 * MARGIN + LABEL_W + CELL_W * Math.max(1, topics.size()) + 90));
  }

  /** Returns the height the matrix is laid out at, in points. */
  public int height() {
    return (int) Math.ceil(2 * MARGIN + TITLE_H + HEADER_H + CELL_H * Math.max(1, sources.size()) + LEGEND_H);
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area) {
    Graphics2D g = (Graphics2D) g2.create();
    try {
      double scale = Math.min(area.getWidth() / width(), area.getHeight() / height());
      g.translate(area.getX(), area.getY());
      g.scale(scale, scale);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(0, 0, width(), height()));
      drawContent(g);
    } finally {
      g.dispose();
    }
  }

  private void drawContent(Graphics2D g) {
    double x0 = MARGIN;
    double y = MARGIN;
    g.setColor(Palette.INK);
    g.setFont(ReportFonts.awt(Face.BOLD, 16f));
    g.drawString("Who said what: stance by source and topic", (float) x0 + 4, (float) y + 16);
    g.setColor(Palette.MUTED);
    g.setFont(ReportFonts.awt(Face.REGULAR, 10f));
    g.drawString(Charts.clean(subtitle), (float) x0 + 4, (float) y + 34);
    y += TITLE_H;

    double gridX = x0 + LABEL_W;
    double gridY = y + HEADER_H;
    if (sources.isEmpty() || topics.isEmpty()) {
      g.setColor(Palette.MUTED);
      g.setFont(ReportFonts.awt(Face.REGULAR, 11f));
      g.drawString("No statements to show.", (float) gridX, (float) (y + 40));
      return;
    }

    // column heads: topic titles, rotated, anchored at the bottom of the header
    Font head = ReportFonts.awt(Face.CONDENSED, 9.5f);
    g.setFont(head);
    g.setColor(Palette.INK);
    for (int c = 0; c < topics.size(); c++) {
      String title = Charts.clean(Formats.shorten(topics.get(c).topic().title(), 30));
      double cx = gridX + c * CELL_W + CELL_W / 2 + 3;
      AffineTransform saved = g.getTransform();
      g.translate(cx, gridY - 5);
      g.rotate(-Math.PI / 3);
      g.drawString(title, 0f, 0f);
      g.setTransform(saved);
    }

    Font rowFont = ReportFonts.awt(Face.CONDENSED, 9.5f);
    Font countFont = ReportFonts.awt(Face.CONDENSED_BOLD, 8.5f);
    String previousActor = null;
    for (int r = 0; r < sources.size(); r++) {
      Source source = sources.get(r);
      double ry = gridY + r * CELL_H;
      if (r % 2 == 1) {
        g.setColor(new Color(0xF7, 0xF7, 0xF7));
        g.fill(new Rectangle2D.Double(x0, ry, LABEL_W + CELL_W * topics.size(), CELL_H));
      }
      if (previousActor != null && !previousActor.equals(source.actor())) {
        g.setColor(Palette.RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new java.awt.geom.Line2D.Double(x0, ry, gridX + CELL_W * topics.size(), ry));
      }
      previousActor = source.actor();
      g.setFont(rowFont);
      FontMetrics fm = g.getFontMetrics();
      String label = Charts.clean(Formats.shorten(source.name(), 34)) + "  " + source.actor();
      g.setColor(Palette.INK);
      g.drawString(label, (float) (gridX - 6 - fm.stringWidth(label)), (float) (ry + CELL_H - 5));
      Map<String, Map<Stance, Integer>> byTopic = matrix.getOrDefault(source.id(), Map.of());
      for (int c = 0; c < topics.size(); c++) {
        TopicScore topic = topics.get(c);
        Rectangle2D cell = new Rectangle2D.Double(gridX + c * CELL_W + 1, ry + 1, CELL_W - 2, CELL_H - 2);
        Map<Stance, Integer> counts = byTopic.getOrDefault(topic.topic().id(), Map.of());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
          g.setColor(new Color(0xE6, 0xE6, 0xE6));
          g.setStroke(new BasicStroke(0.4f));
          g.draw(cell);
          continue;
        }
        double sx = cell.getX();
        for (Stance stance : ORDER) {
          int n = counts.getOrDefault(stance, 0);
          if (n == 0) {
            continue;
          }
          double w = cell.getWidth() * n / total;
          g.setColor(Palette.stance(stance));
          g.fill(new Rectangle2D.Double(sx, cell.getY(), w, cell.getHeight()));
          sx += w;
        }
        boolean subject = source.sideOn(topic.topic()) == Side.SUBJECT;
        g.setColor(subject ? Palette.INK : Palette.MUTED);
        g.setStroke(new BasicStroke(subject ? 1.8f : 0.4f));
        g.draw(cell);
        String count = total > 99 ? "99+" : Integer.toString(total);
        g.setFont(countFont);
        FontMetrics cm = g.getFontMetrics();
        double bw = cm.stringWidth(count) + 4;
        double bh = cm.getAscent() + 1;
        double bx = cell.getCenterX() - bw / 2;
        double by = cell.getCenterY() - bh / 2;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(bx, by, bw, bh, 3, 3));
        g.setColor(Palette.INK);
        g.drawString(count, (float) (bx + 2), (float) (by + cm.getAscent() - 0.5));
      }
    }
    drawLegend(g, x0 + 4, gridY + CELL_H * sources.size() + 18);
  }

  private void drawLegend(Graphics2D g, double x, double y) {
    g.setFont(ReportFonts.awt(Face.REGULAR, 9.5f));
    FontMetrics fm = g.getFontMetrics();
    double cx = x;
    for (Stance stance : ORDER) {
      g.setColor(Palette.stance(stance));
      Shape box = new Rectangle2D.Double(cx, y - 9, 14, 10);
      g.fill(box);
      g.setColor(Palette.MUTED);
      g.setStroke(new BasicStroke(0.4f));
      g.draw(box);
      String label = Charts.stanceLegend(stance);
      g.setColor(Palette.INK);
      g.drawString(label, (float) (cx + 18), (float) y);
      cx += 18 + fm.stringWidth(label) + 16;
    }
    double ly = y + 18;
    Shape box = new Rectangle2D.Double(x, ly - 9, 14, 10);
    g.setColor(Color.WHITE);
    g.fill(box);
    g.setColor(Palette.INK);
    g.setStroke(new BasicStroke(1.8f));
    g.draw(box);
    g.drawString("heavy outline: the source speaks for the topic's subject (subject side);"
        + " strip widths: share of each stance; number: statements", (float) (x + 18), (float) ly);
  }
}
