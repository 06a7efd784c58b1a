package org.ackgap.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
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
 * in it, and a heavy outline where the source speaks for the topic's subject.
 *
 * <p>Everything is measured from one text size: rows, columns, the column titles (whole, wrapped;
 * set across the column when there are few topics, upright when there are many) and the legend.
 * {@link #width()} and {@link #height()} are the content's own size, so the PNG has no blank
 * margin, and {@link #sizedFor} picks the largest text size at which the matrix fits a page, so
 * the PDF's matrix fills its page with text as large as the number of rows and columns allows.
 */
public final class StanceMatrix implements Drawable {

  /** The most sources shown as rows; the most active ones are kept. */
  public static final int MAX_SOURCES = 45;
  /** The text size of the PNG, in points. */
  public static final float NATURAL_SIZE = 9.5f;
  /** The smallest and largest text sizes {@link #sizedFor} chooses from. */
  public static final float MIN_SIZE = 5f;
  public static final float MAX_SIZE = 11f;
  /** Up to this many topics, column titles run across their column, wrapped. */
  private static final int ACROSS_TOPICS = 6;

  private static final Stance[] ORDER = {Stance.AFFIRM, Stance.DISCUSS, Stance.DENY, Stance.NONE};
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final String TITLE = "Who said what: stance by source and topic";
  private static final String OUTLINE_NOTE = "heavy outline: the source speaks for the topic's "
      + "subject (subject side); strip widths: share of each stance; number: statements";

  private final List<TopicScore> topics;
  private final List<Source> sources;
  private final Map<String, Map<String, Map<Stance, Integer>>> matrix;
  private final String subtitle;
  private final Geometry g;

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
    int hiddenSources = Math.max(0, active.size() - MAX_SOURCES);
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
    this.g = geometry(NATURAL_SIZE, 2);
  }

  private StanceMatrix(StanceMatrix of, float size, int uprightLines) {
    this.topics = of.topics;
    this.sources = of.sources;
    this.matrix = of.matrix;
    this.subtitle = of.subtitle;
    this.g = geometry(size, uprightLines);
  }

  /**
   * Returns this matrix laid out at the largest text size, from {@link #MIN_SIZE} to {@link
   * #MAX_SIZE} by quarter points, at which it fits {@code w} × {@code h} points; at the smallest
   * size when none does.
   */
  public StanceMatrix sizedFor(double w, double h) {
    StanceMatrix best = new StanceMatrix(this, MIN_SIZE, 1);
    for (int i = 0; MIN_SIZE + i * 0.25f <= MAX_SIZE; i++) {
      float size = MIN_SIZE + i * 0.25f;
      // upright titles in two lines make narrower columns than in one, but a taller header
      StanceMatrix two = new StanceMatrix(this, size, 2);
      StanceMatrix one = new StanceMatrix(this, size, 1);
      if (two.g.width <= w && two.g.height <= h) {
        best = two;
      } else if (one.g.width <= w && one.g.height <= h) {
        best = one;
      } else if (i > 0) {
        break;
      }
    }
    return best;
  }

  /** Returns the sources shown as rows, in row order. */
  public List<Source> sources() {
    return sources;
  }

  /** Returns the text size of the rows and column titles, in points. */
  public float textSize() {
    return g.size;
  }

  /** Returns whether the column titles stand upright (many topics) rather than run across. */
  public boolean uprightTitles() {
    return g.upright;
  }

  /** Returns each column title's lines, in column order, as drawn. */
  public List<List<String>> columnTitles() {
    return g.heads;
  }

  /** Returns the width the matrix is laid out at, in points: its content's. */
  public int width() {
    return (int) Math.ceil(g.width);
  }

  /** Returns the height the matrix is laid out at, in points: its content's. */
  public int height() {
    return (int) Math.ceil(g.height);
  }

  /**
   * Where everything goes at one text size: {@code size} for rows and column titles, the
   * title and legend in proportion.
   */
  private record Geometry(float size, double margin, double rowH, double colW, double labelW,
      boolean upright, List<List<String>> heads, double headerH, List<String> titleLines,
      List<String> subtitleLines, List<String> noteLines, double legendH, double width,
      double height) {

    Font rowFont() {
      return ReportFonts.awt(Face.CONDENSED, size);
    }

    Font titleFont() {
      return ReportFonts.awt(Face.BOLD, size * 1.6f);
    }

    Font subtitleFont() {
      return ReportFonts.awt(Face.REGULAR, size * 1.05f);
    }

    Font legendFont() {
      return ReportFonts.awt(Face.REGULAR, size);
    }

    Font countFont() {
      return ReportFonts.awt(Face.CONDENSED_BOLD, size * 0.9f);
    }

    double lineH() {
      return size * 1.2;
    }

    double titleH() {
      return titleLines.size() * size * 1.6 * 1.25 + subtitleLines.size() * size * 1.05 * 1.3 + size;
    }
  }

  private Geometry geometry(float size, int uprightLines) {
    double margin = Math.max(6, size * 1.2);
    Font row = ReportFonts.awt(Face.CONDENSED, size);
    double rowH = size * 1.8;
    double labelW = 0;
    for (Source s : sources) {
      labelW = Math.max(labelW, width(label(s), row));
    }
    labelW = Math.min(labelW, size * 26) + size;
    int n = Math.max(1, topics.size());
    boolean upright = topics.size() > ACROSS_TOPICS;
    List<List<String>> heads = new ArrayList<>();
    double colW;
    double headerH;
    double lineH = size * 1.2;
    if (!upright) {
      // few topics: wide columns, each title wrapped across its own column
      colW = size * 10;
      int lines = 1;
      for (TopicScore t : topics) {
        List<String> w = wrap(t.topic().title(), row, colW - size * 0.6);
        heads.add(w);
        lines = Math.max(lines, w.size());
      }
      headerH = lines * lineH + size * 0.8;
    } else {
      // many topics: narrow columns, titles upright in one or two lines each, as long as the
      // longest title needs
      colW = Math.max(size * 2.1, uprightLines * lineH + size * 0.4);
      double longest = 0;
      for (TopicScore t : topics) {
        longest = Math.max(longest, width(Charts.clean(t.topic().title()), row));
      }
      double lineW = uprightLines == 1 ? longest + size
          : Math.max(size * 8, longest / 2 + size * 3);
      double used = 0;
      for (TopicScore t : topics) {
        List<String> w = wrap(t.topic().title(), row, lineW);
        if (w.size() > uprightLines) {
          List<String> kept = new ArrayList<>(w.subList(0, uprightLines - 1));
          kept.add(shorten(String.join(" ", w.subList(uprightLines - 1, w.size())), row, lineW));
          w = kept;
        }
        heads.add(w);
        for (String l : w) {
          used = Math.max(used, width(l, row));
        }
      }
      headerH = used + size;
    }
    double gridW = labelW + colW * n;
    double contentW = gridW;
    List<String> titleLines = wrap(TITLE, ReportFonts.awt(Face.BOLD, size * 1.6f), contentW);
    List<String> subtitleLines = wrap(subtitle, ReportFonts.awt(Face.REGULAR, size * 1.05f), contentW);
    // the legend's stance keys flow into as many lines as the width needs
    Font legend = ReportFonts.awt(Face.REGULAR, size);
    int keyLines = 1;
    double x = 0;
    for (Stance st : ORDER) {
      double kw = size * 1.9 + width(Charts.stanceLegend(st), legend) + size * 1.7;
      if (x > 0 && x + kw > contentW) {
        keyLines++;
        x = 0;
      }
      x += kw;
    }
    List<String> noteLines = wrap(OUTLINE_NOTE, legend, contentW - size * 1.9);
    double legendH = size + (keyLines + noteLines.size()) * size * 1.6;
    Geometry partial = new Geometry(size, margin, rowH, colW, labelW, upright, heads, headerH,
        titleLines, subtitleLines, noteLines, legendH, 0, 0);
    double height = 2 * margin + partial.titleH() + headerH
        + rowH * Math.max(1, sources.size()) + legendH;
    return new Geometry(size, margin, rowH, colW, labelW, upright, List.copyOf(heads), headerH,
        titleLines, subtitleLines, noteLines, legendH, 2 * margin + contentW, height);
  }

  private static String label(Source s) {
    return Charts.clean(s.name()) + "  " + s.actor();
  }

  private static double width(String s, Font font) {
    return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
  }

  /** Breaks text into lines no wider than {@code w}, a word too long for one cut by characters. */
  static List<String> wrap(String text, Font font, double w) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Charts.clean(text).strip().split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font) <= w) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (rest.length() > 1 && width(rest, font) > w) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(rest.substring(0, cut), font) > w) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Returns the text cut to {@code w} with an ellipsis, or whole when it fits. */
  private static String shorten(String text, Font font, double w) {
    if (width(text, font) <= w) {
      return text;
    }
    String s = text;
    while (s.length() > 1 && width(s + "…", font) > w) {
      s = s.substring(0, s.length() - 1);
    }
    return s.stripTrailing() + "…";
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area) {
    Graphics2D g = (Graphics2D) g2.create();
    try {
      double scale = Math.min(area.getWidth() / this.g.width, area.getHeight() / this.g.height);
      g.translate(area.getX(), area.getY());
      g.scale(scale, scale);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(0, 0, this.g.width, this.g.height));
      drawContent(g);
    } finally {
      g.dispose();
    }
  }

  private void drawContent(Graphics2D g) {
    Geometry m = this.g;
    double size = m.size;
    double x0 = m.margin;
    double y = m.margin;
    g.setColor(Palette.INK);
    g.setFont(m.titleFont());
    for (String line : m.titleLines) {
      y += size * 1.6 * 1.25;
      g.drawString(line, (float) x0, (float) (y - size * 0.4));
    }
    g.setColor(Palette.MUTED);
    g.setFont(m.subtitleFont());
    for (String line : m.subtitleLines) {
      y += size * 1.05 * 1.3;
      g.drawString(line, (float) x0, (float) (y - size * 0.3));
    }
    y += size;

    double gridX = x0 + m.labelW;
    double gridY = y + m.headerH;
    if (sources.isEmpty() || topics.isEmpty()) {
      g.setColor(Palette.MUTED);
      g.setFont(m.subtitleFont());
      g.drawString("No statements to show.", (float) x0, (float) (y + size * 2));
      return;
    }

    // column titles, whole and wrapped: across wide columns, upright in narrow ones
    g.setFont(m.rowFont());
    g.setColor(Palette.INK);
    FontMetrics hm = g.getFontMetrics();
    double lineH = m.lineH();
    for (int c = 0; c < topics.size(); c++) {
      List<String> lines = m.heads.get(c);
      double left = gridX + c * m.colW;
      if (!m.upright) {
        double base = gridY - size * 0.5 - (lines.size() - 1) * lineH;
        for (String line : lines) {
          g.drawString(line, (float) (left + (m.colW - hm.stringWidth(line)) / 2), (float) base);
          base += lineH;
        }
      } else {
        AffineTransform saved = g.getTransform();
        double textH = lines.size() * lineH;
        g.translate(left + (m.colW - textH) / 2 + hm.getAscent(), gridY - size * 0.5);
        g.rotate(-Math.PI / 2);
        for (int i = 0; i < lines.size(); i++) {
          g.drawString(lines.get(i), 0f, (float) (i * lineH));
        }
        g.setTransform(saved);
      }
    }

    Font countFont = m.countFont();
    String previousActor = null;
    double rowW = m.labelW + m.colW * topics.size();
    for (int r = 0; r < sources.size(); r++) {
      Source source = sources.get(r);
      double ry = gridY + r * m.rowH;
      if (r % 2 == 1) {
        g.setColor(new Color(0xF7, 0xF7, 0xF7));
        g.fill(new Rectangle2D.Double(x0, ry, rowW, m.rowH));
      }
      if (previousActor != null && !previousActor.equals(source.actor())) {
        g.setColor(Palette.RULE);
        g.setStroke(new BasicStroke((float) (size * 0.08)));
        g.draw(new java.awt.geom.Line2D.Double(x0, ry, x0 + rowW, ry));
      }
      previousActor = source.actor();
      g.setFont(m.rowFont());
      FontMetrics fm = g.getFontMetrics();
      String label = shorten(Charts.clean(source.name()), m.rowFont(),
          m.labelW - size - width("  " + source.actor(), m.rowFont())) + "  " + source.actor();
      g.setColor(Palette.INK);
      g.drawString(label, (float) (gridX - size * 0.6 - fm.stringWidth(label)),
          (float) (ry + (m.rowH + fm.getAscent() - fm.getDescent()) / 2));
      Map<String, Map<Stance, Integer>> byTopic = matrix.getOrDefault(source.id(), Map.of());
      double pad = Math.max(1, size * 0.12);
      for (int c = 0; c < topics.size(); c++) {
        TopicScore topic = topics.get(c);
        Rectangle2D cell = new Rectangle2D.Double(gridX + c * m.colW + pad, ry + pad,
            m.colW - 2 * pad, m.rowH - 2 * pad);
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
        g.setStroke(new BasicStroke(subject ? (float) (size * 0.19) : 0.4f));
        g.draw(cell);
        String count = total > 99 ? "99+" : Integer.toString(total);
        g.setFont(countFont);
        FontMetrics cm = g.getFontMetrics();
        double bw = cm.stringWidth(count) + size * 0.4;
        double bh = cm.getAscent() + 1;
        double bx = cell.getCenterX() - bw / 2;
        double by = cell.getCenterY() - bh / 2;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(bx, by, bw, bh, 3, 3));
        g.setColor(Palette.INK);
        g.drawString(count, (float) (bx + size * 0.2), (float) (by + cm.getAscent() - 0.5));
      }
    }
    drawLegend(g, x0, gridY + m.rowH * sources.size() + size * 1.8);
  }

  private void drawLegend(Graphics2D g, double x, double y) {
    Geometry m = this.g;
    double size = m.size;
    g.setFont(m.legendFont());
    FontMetrics fm = g.getFontMetrics();
    double cx = x;
    double step = size * 1.6;
    for (Stance stance : ORDER) {
      String label = Charts.stanceLegend(stance);
      double kw = size * 1.9 + fm.stringWidth(label) + size * 1.7;
      if (cx > x && cx - x + kw > m.width - 2 * m.margin) {
        cx = x;
        y += step;
      }
      g.setColor(Palette.stance(stance));
      Shape box = new Rectangle2D.Double(cx, y - size * 0.95, size * 1.5, size * 1.05);
      g.fill(box);
      g.setColor(Palette.MUTED);
      g.setStroke(new BasicStroke(0.4f));
      g.draw(box);
      g.setColor(Palette.INK);
      g.drawString(label, (float) (cx + size * 1.9), (float) y);
      cx += kw;
    }
    y += step;
    Shape box = new Rectangle2D.Double(x, y - size * 0.95, size * 1.5, size * 1.05);
    g.setColor(Color.WHITE);
    g.fill(box);
    g.setColor(Palette.INK);
    g.setStroke(new BasicStroke((float) (size * 0.19)));
    g.draw(box);
    for (String line : m.noteLines) {
      g.drawString(line, (float) (x + size * 1.9), (float) y);
      y += step;
    }
  }
}
