package org.ackgap.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.Status;
import org.ackgap.report.chart.Palette;
import org.ackgap.report.chart.ReportFonts.Face;

/**
 * A plain table of wrapped text cells. A row is never split by a page break: a row that does
 * not fit moves to the next page, under a repeated header.
 */
final class Table {

  static final float SIZE = 8f;
  static final float LEADING = 10f;
  static final float PAD = 3f;

  private final Layout out;
  private final String[] headers;
  private final float[] widths;
  private final boolean[] right;
  private int rows;

  Table(Layout out, String[] headers, float[] widths, boolean[] right) {
    this.out = out;
    this.headers = headers.clone();
    this.widths = widths.clone();
    this.right = right.clone();
  }

  /** Draws the header row, on a new page if not even the header and one line fit. */
  void header() throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int c = 0; c < headers.length; c++) {
      List<String> w = out.wrap(headers[c], Face.CONDENSED_BOLD, SIZE, widths[c] - 2 * PAD);
      wrapped.add(w);
      lines = Math.max(lines, w.size());
    }
    float h = lines * LEADING + 2 * PAD;
    out.ensure(h + LEADING * 2 + 2 * PAD);
    float x = out.left();
    float top = out.y();
    out.rule(Palette.INK, 0.8f, x, top - h, x + total(), top - h);
    for (int c = 0; c < headers.length; c++) {
      // headers sit on the bottom line, like the numbers under them
      float base = top - h + PAD + 2.5f + (wrapped.get(c).size() - 1) * LEADING;
      for (String line : wrapped.get(c)) {
        drawCell(line, Face.CONDENSED_BOLD, c, x, base);
        base -= LEADING;
      }
      x += widths[c];
    }
    out.moveTo(top - h);
  }

  /**
   * Draws one row; when {@code badgeColumn} is not negative that cell shows the status badge.
   *
   * @throws IOException if the page cannot be written
   */
  void row(String[] cells, Status status, int badgeColumn) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> w = out.limit(out.wrap(cells[c], Face.CONDENSED, SIZE, widths[c] - 2 * PAD), 8,
          Face.CONDENSED, SIZE, widths[c] - 2 * PAD);
      wrapped.add(w);
      lines = Math.max(lines, w.size());
    }
    float h = lines * LEADING + 2 * PAD;
    if (out.room() < h) {
      out.newPage();
      header();
    }
    float x = out.left();
    float top = out.y();
    if (rows++ % 2 == 1) {
      out.fill(Palette.PANEL, x, top - h, total(), h);
    }
    for (int c = 0; c < cells.length; c++) {
      float base = top - PAD - LEADING + 2.5f;
      if (c == badgeColumn && status != null) {
        PdfReport.badge(out, status, x + PAD, base);
      } else {
        for (String line : wrapped.get(c)) {
          drawCell(line, Face.CONDENSED, c, x, base);
          base -= LEADING;
        }
      }
      x += widths[c];
    }
    out.moveTo(top - h);
    out.rule(Palette.RULE, 0.3f, out.left(), out.y(), out.left() + total(), out.y());
  }

  private void drawCell(String text, Face face, int c, float x, float baseline) throws IOException {
    if (right[c]) {
      out.textRight(text, face, SIZE, Palette.INK, x + widths[c] - PAD, baseline);
    } else {
      out.text(text, face, SIZE, Palette.INK, x + PAD, baseline);
    }
  }

  private float total() {
    float t = 0;
    for (float w : widths) {
      t += w;
    }
    return t;
  }
}
