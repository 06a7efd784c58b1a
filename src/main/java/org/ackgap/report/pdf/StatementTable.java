package org.ackgap.report.pdf;

import java.io.IOException;
import java.util.List;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.StatementRow;
import org.ackgap.report.chart.Formats;
import org.ackgap.report.chart.Palette;
import org.ackgap.report.chart.ReportFonts.Face;

/**
 * The statements of one topic: a line of date, source, side, stance, evidence and link, with the
 * statement's text wrapped beneath it. A statement is never split by a page break.
 */
final class StatementTable {

  private static final String[] HEADERS = {"Date", "Source", "Side", "Stance", "Evidence", "Link"};
  private static final float[] WIDTHS = {54, 112, 50, 64, 88, 115};
  private static final float SIZE = 8f;
  private static final float TEXT_SIZE = 8.5f;
  private static final float LEADING = 10f;
  private static final float TEXT_LEADING = 11f;
  private static final float PAD = 3f;
  private static final int MAX_TEXT_LINES = 9;

  private final Layout out;
  private final ReportData data;

  StatementTable(Layout out, ReportData data) {
    this.out = out;
    this.data = data;
  }

  void header() throws IOException {
    float h = LEADING + 2 * PAD;
    out.ensure(h + 40);
    float x = out.left();
    float top = out.y();
    out.rule(Palette.INK, 0.8f, x, top - h, x + total(), top - h);
    for (int c = 0; c < HEADERS.length; c++) {
      out.text(HEADERS[c], Face.CONDENSED_BOLD, SIZE, Palette.INK, x + PAD, top - PAD - LEADING + 2.5f);
      x += WIDTHS[c];
    }
    out.moveTo(top - h);
  }

  void row(StatementRow r) throws IOException {
    String source = Sentences.sourceName(data, r.sourceId());
    String stance = r.stance().label() + " · " + Formats.stanceReading(r.side(), r.stance());
    String evidence = r.evidence().isBlank() ? r.origin().label()
        : r.evidence() + " (" + r.origin().label()
            + (r.origin() == org.ackgap.Origin.CLASSIFIED ? " " + Formats.number(r.confidence(), 2) : "") + ")";
    boolean link = PdfReport.linkable(r.url());
    String url = r.url().isBlank() ? "–" : PdfReport.displayUrl(r.url());
    List<String> sourceLines = cell(source, 1, 3, Face.CONDENSED_BOLD);
    List<String> stanceLines = cell(stance, 3, 2, Face.CONDENSED);
    List<String> evidenceLines = cell(evidence, 4, 4, Face.CONDENSED);
    List<String> urlLines = cell(url, 5, 3, Face.CONDENSED);
    float textX = out.left() + WIDTHS[0] + PAD;
    float textW = total() - WIDTHS[0] - 2 * PAD;
    List<String> text = out.limit(out.wrap(Formats.shorten(r.text(), PdfReport.MAX_STATEMENT_CHARS),
        Face.REGULAR, TEXT_SIZE, textW), MAX_TEXT_LINES, Face.REGULAR, TEXT_SIZE, textW);
    int lines = Math.max(Math.max(sourceLines.size(), stanceLines.size()),
        Math.max(evidenceLines.size(), urlLines.size()));
    float h = lines * LEADING + text.size() * TEXT_LEADING + 2 * PAD + (text.isEmpty() ? 0 : 3);
    if (out.room() < h) {
      out.newPage();
      out.text("Statements, continued", Face.BOLD, 9, Palette.MUTED, out.left(), out.y());
      out.down(4);
      header();
    }
    float x = out.left();
    float top = out.y();
    float base = top - PAD - LEADING + 2.5f;
    if (r.side() == Side.SUBJECT) {
      // a pale band marks the subject side's own statements, the ones the gap is about
      out.fill(new java.awt.Color(0xF4, 0xF1, 0xEA), x, top - h, total(), h);
    }
    out.text(Formats.day(r.date()), Face.CONDENSED, SIZE, Palette.INK, x + PAD, base);
    lines(sourceLines, x + WIDTHS[0], base, Palette.INK, Face.CONDENSED_BOLD);
    float sideX = x + WIDTHS[0] + WIDTHS[1];
    out.text(r.side() == Side.SUBJECT ? "subject" : "third party", Face.CONDENSED, SIZE, Palette.INK,
        sideX + PAD, base);
    float stanceX = sideX + WIDTHS[2];
    marker(r.stance(), stanceX + PAD, base);
    float markerW = 9;
    for (int i = 0; i < stanceLines.size(); i++) {
      out.text(stanceLines.get(i), Face.CONDENSED, SIZE, Palette.INK, stanceX + PAD + markerW, base - i * LEADING);
    }
    float evidenceX = stanceX + WIDTHS[3];
    lines(evidenceLines, evidenceX, base, Palette.MUTED, Face.CONDENSED);
    float urlX = evidenceX + WIDTHS[4];
    lines(urlLines, urlX, base, link ? Palette.ACCENT : Palette.MUTED, Face.CONDENSED);
    if (link) {
      float lw = 0;
      for (String l : urlLines) {
        lw = Math.max(lw, out.widthOf(l, Face.CONDENSED, SIZE));
      }
      float ly = base - (urlLines.size() - 1) * LEADING - 2.5f;
      out.link(r.url().strip(), urlX + PAD - 1, ly, lw + 2, top - ly - PAD + 1);
      out.rule(Palette.ACCENT, 0.4f, urlX + PAD, base - (urlLines.size() - 1) * LEADING - 1.2f,
          urlX + PAD + out.widthOf(urlLines.get(urlLines.size() - 1), Face.CONDENSED, SIZE),
          base - (urlLines.size() - 1) * LEADING - 1.2f);
    }
    float ty = top - PAD - lines * LEADING - 3;
    // a Persian or Arabic statement reads from the right edge of its column
    boolean rtl = RightToLeft.paragraph(r.text());
    for (String line : text) {
      ty -= TEXT_LEADING;
      out.line(line, rtl, Face.REGULAR, TEXT_SIZE, Palette.INK, textX, textW, ty + 2.5f);
    }
    out.moveTo(top - h);
    out.rule(Palette.RULE, 0.3f, out.left(), out.y(), out.left() + total(), out.y());
  }

  private List<String> cell(String text, int column, int maxLines, Face face) {
    float w = WIDTHS[column] - 2 * PAD - (column == 3 ? 9 : 0);
    return out.limit(out.wrap(text, face, SIZE, w), maxLines, face, SIZE, w);
  }

  private void lines(List<String> lines, float x, float base, java.awt.Color colour, Face face)
      throws IOException {
    for (int i = 0; i < lines.size(); i++) {
      out.text(lines.get(i), face, SIZE, colour, x + PAD, base - i * LEADING);
    }
  }

  /** Draws the stance's colour as a small square, the same colours the timeline uses. */
  private void marker(Stance stance, float x, float base) throws IOException {
    out.fill(Palette.stance(stance), x, base - 0.5f, 6.5f, 6.5f);
    out.strokeRect(stance == Stance.NONE ? Palette.MUTED : Palette.INK, 0.3f, x, base - 0.5f, 6.5f, 6.5f);
  }

  private static float total() {
    float t = 0;
    for (float w : WIDTHS) {
      t += w;
    }
    return t;
  }
}
