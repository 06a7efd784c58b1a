package org.ackgap.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ackgap.report.chart.ReportFonts;
import org.ackgap.report.chart.ReportFonts.Face;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.ui.Drawable;

/**
 * Lays text, rules, links and vector charts onto A4 pages top to bottom, opening a new page when
 * the next block does not fit. Every string is first made drawable in its font: a character the
 * font lacks becomes a visible replacement box, so odd input never fails the PDF.
 */
final class Layout implements AutoCloseable {

  static final PDRectangle PORTRAIT = PDRectangle.A4;
  static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  static final float MARGIN = 56f;
  static final float TOP_MARGIN = 58f;
  static final float BOTTOM_MARGIN = 64f;

  private static final int BMP = 0x10000;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final Pattern SPACES = Pattern.compile(" +");

  private final PDDocument doc;
  /** The faces that measure text and draw the charts' text. */
  private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
  /** The faces that draw the report's own text: GSUB off, so no ligatures. */
  private final Map<Face, PDType0Font> textFonts = new EnumMap<>(Face.class);
  /** Per face, whether each character of the basic plane encodes: 0 not asked yet, YES or NO. */
  private final byte[][] encodableBmp = new byte[Face.values().length][BMP];
  /** Per font, whether each character beyond the basic plane encodes. */
  private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
  private final Map<Face, float[]> widths = new EnumMap<>(Face.class);
  private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer() {
    /**
     * Declines right-to-left chart text (a Persian topic title), which then goes to outlines
     * through AWT's own layout, joined and in visual order; as PDF text it would be drawn as
     * given, letters unjoined and backwards.
     */
    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
        throws IOException, FontFormatException {
      StringBuilder s = new StringBuilder();
      for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
        s.append(c);
      }
      text.first();
      return !RightToLeft.any(s) && super.canDrawText(text, env);
    }
  };
  private final PDDocumentOutline outline = new PDDocumentOutline();
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  Layout(PDDocument doc, PdfFonts faces) throws IOException {
    this.doc = doc;
    for (Face face : Face.values()) {
      TrueTypeFont ttf = faces.take(face);
      doc.registerTrueTypeFontForClosing(ttf);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      fonts.put(face, font);
      // chart text drawn through Graphics2D maps to the same embedded font, as real text
      chartText.registerFont(ReportFonts.awt(face, 10f).getFontName(), font);
      textFonts.put(face, font);
    }
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }

  /** Sets the face that draws text on a content stream; call inside beginText. */
  void setTextFont(PDPageContentStream on, Face face, float size) throws IOException {
    on.setFont(textFonts.get(face), size);
  }

  /** Shows already safe text in the face last set by {@link #setTextFont}. */
  void showText(PDPageContentStream on, Face face, String safeText) throws IOException {
    on.showText(safeText);
  }

  PDDocument document() {
    return doc;
  }

  /** Returns the left edge of the text column. */
  float left() {
    return MARGIN;
  }

  /** Returns the width of the text column on the current page. */
  float width() {
    return page.getMediaBox().getWidth() - 2 * MARGIN;
  }

  /** Returns the current baseline cursor, from the page bottom. */
  float y() {
    return y;
  }

  void moveTo(float newY) {
    y = newY;
  }

  void down(float by) {
    y -= by;
  }

  /** Returns the room left on the page above the bottom margin. */
  float room() {
    return y - BOTTOM_MARGIN;
  }

  PDPage page() {
    return page;
  }

  /** Starts a new portrait page. */
  void newPage() throws IOException {
    newPage(PORTRAIT);
  }

  /** Starts a new page of the given size with the cursor at its top margin. */
  void newPage(PDRectangle size) throws IOException {
    closeStream();
    page = new PDPage(size);
    doc.addPage(page);
    stream = new PDPageContentStream(doc, page);
    y = size.getHeight() - TOP_MARGIN;
  }

  /** Starts a new page unless {@code height} still fits on this one; returns whether it did. */
  boolean ensure(float height) throws IOException {
    if (page == null || y - height < BOTTOM_MARGIN) {
      newPage(PORTRAIT);
      return true;
    }
    return false;
  }

  /** Adds a bookmark to the current page at the cursor. */
  PDOutlineItem bookmark(String title, PDOutlineItem parent) {
    PDOutlineItem item = new PDOutlineItem();
    // a viewer lays out its outline itself, right-to-left titles included: not shaped here
    item.setTitle(drawable(Face.REGULAR, title));
    PDPageXYZDestination dest = new PDPageXYZDestination();
    dest.setPage(page);
    dest.setTop((int) (y + 30));
    item.setDestination(dest);
    if (parent == null) {
      outline.addLast(item);
    } else {
      parent.addLast(item);
    }
    return item;
  }

  /**
   * Returns the text with Arabic letters shaped (see {@link RightToLeft}), characters the face
   * cannot encode replaced, and blanks made spaces; still in reading order.
   */
  String safe(Face face, String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return drawable(face, RightToLeft.shape(text));
  }

  /** Returns the text with characters the face cannot encode replaced, and blanks made spaces. */
  private String drawable(Face face, String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        out.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        // zero-width marks draw nothing; dropping them keeps widths right
      } else if (encodable(face, cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(encodable(face, ReportFonts.MISSING) ? ReportFonts.MISSING : '?');
      }
    }
    return out.toString();
  }

  /**
   * Returns whether the face encodes a character, asking PDFBox once per face and character:
   * every string of the report passes through here, a table row a dozen times.
   */
  private boolean encodable(Face face, int cp) {
    if (cp < BMP) {
      byte[] known = encodableBmp[face.ordinal()];
      if (known[cp] == 0) {
        known[cp] = canEncode(fonts.get(face), cp) ? YES : NO;
      }
      return known[cp] == YES;
    }
    PDFont font = fonts.get(face);
    return encodable.computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(cp, c -> canEncode(font, c));
  }

  private static boolean canEncode(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  /**
   * Returns the width of already safe text: the sum of its characters' widths, as PDFBox's
   * {@code getStringWidth} adds them, from a per-face table, since wrapping measures every
   * prefix of a line again.
   */
  float widthOf(String safeText, Face face, float size) {
    float[] table = widths.computeIfAbsent(face, f -> new float[0x3000]);
    PDFont font = fonts.get(face);
    float width = 0;
    for (int i = 0; i < safeText.length(); ) {
      int cp = safeText.codePointAt(i);
      float w = cp < table.length ? table[cp] : 0;
      if (w == 0) {
        w = charWidth(font, cp);
        if (w < 0) {
          return stringWidth(font, safeText, size);
        }
        if (cp < table.length && w > 0) {
          table[cp] = w;
        }
      }
      width += w;
      i += Character.charCount(cp);
    }
    return width / 1000f * size;
  }

  /** Returns one character's width in glyph units, or -1 when it does not encode alone. */
  private static float charWidth(PDFont font, int cp) {
    try {
      java.io.ByteArrayInputStream in =
          new java.io.ByteArrayInputStream(font.encode(new String(Character.toChars(cp))));
      float w = 0;
      while (in.available() > 0) {
        w += font.getWidth(font.readCode(in));
      }
      return w;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return -1;
    }
  }

  private static float stringWidth(PDFont font, String safeText, float size) {
    try {
      return font.getStringWidth(safeText) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      return safeText.length() * size * 0.6f;
    }
  }

  /**
   * Draws one line of text with its baseline at {@code baseline}, in visual order: a line with
   * right-to-left words is reordered as its first strong character directs.
   */
  void text(String text, Face face, float size, Color colour, float x, float baseline) throws IOException {
    show(RightToLeft.visual(safe(face, text), false), face, size, colour, x, baseline);
  }

  /**
   * Draws one line of a paragraph in a column {@code width} wide: a line of a right-to-left
   * paragraph ({@link RightToLeft#paragraph}) is set right to left and against the right edge,
   * any other from {@code x}.
   */
  void line(String text, boolean rtl, Face face, float size, Color colour, float x, float width,
      float baseline) throws IOException {
    if (!rtl) {
      text(text, face, size, colour, x, baseline);
      return;
    }
    String s = safe(face, text);
    show(RightToLeft.visual(s, true), face, size, colour, x + width - widthOf(s, face, size),
        baseline);
  }

  private void show(String s, Face face, float size, Color colour, float x, float baseline)
      throws IOException {
    if (s.isBlank()) {
      return;
    }
    stream.beginText();
    setTextFont(stream, face, size);
    stream.setNonStrokingColor(colour);
    stream.newLineAtOffset(x, baseline);
    showText(stream, face, s);
    stream.endText();
  }

  /** Draws one line of text ending at {@code right}. */
  void textRight(String text, Face face, float size, Color colour, float right, float baseline)
      throws IOException {
    String s = safe(face, text);
    text(s, face, size, colour, right - widthOf(s, face, size), baseline);
  }

  /** Breaks text into lines no wider than {@code width}, breaking inside words that do not fit. */
  List<String> wrap(String text, Face face, float size, float width) {
    String s = safe(face, text).strip();
    List<String> lines = new ArrayList<>();
    if (s.isEmpty()) {
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : SPACES.split(s)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (widthOf(candidate, face, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // a word wider than the column (a URL, a long compound) is broken by characters
      String rest = word;
      while (widthOf(rest, face, size) > width) {
        int cut = rest.offsetByCodePoints(0, 1);
        while (cut < rest.length()
            && widthOf(rest.substring(0, rest.offsetByCodePoints(cut, 1)), face, size) <= width) {
          cut = rest.offsetByCodePoints(cut, 1);
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

  /** Returns the lines cut to {@code max}, the last one ending in an ellipsis when cut. */
  List<String> limit(List<String> lines, int max, Face face, float size, float width) {
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    String last = kept.get(max - 1);
    while (!last.isEmpty() && widthOf(last + " …", face, size) > width) {
      last = last.substring(0, last.length() - 1);
    }
    kept.set(max - 1, last.stripTrailing() + " …");
    return kept;
  }

  /** Writes a wrapped paragraph at the cursor, continuing on new pages as needed. */
  void paragraph(String text, Face face, float size, Color colour, float x, float width, float leading)
      throws IOException {
    boolean rtl = RightToLeft.paragraph(text);
    for (String line : wrap(text, face, size, width)) {
      ensure(leading);
      y -= leading;
      line(line, rtl, face, size, colour, x, width, y + leading * 0.25f);
    }
  }

  void fill(Color colour, float x, float yBottom, float w, float h) throws IOException {
    stream.setNonStrokingColor(colour);
    stream.addRect(x, yBottom, w, h);
    stream.fill();
  }

  void rule(Color colour, float width, float x1, float y1, float x2, float y2) throws IOException {
    stream.setStrokingColor(colour);
    stream.setLineWidth(width);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  void strokeRect(Color colour, float width, float x, float yBottom, float w, float h)
      throws IOException {
    stream.setStrokingColor(colour);
    stream.setLineWidth(width);
    stream.addRect(x, yBottom, w, h);
    stream.stroke();
  }

  /** Makes a rectangle of the current page a live link to {@code url}. */
  void link(String url, float x, float yBottom, float w, float h) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, yBottom, w, h));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    PDActionURI action = new PDActionURI();
    action.setURI(url);
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  /**
   * Draws a chart as vectors, its text as real text in the embedded fonts: laid out at
   * {@code layoutW} × {@code layoutH} points, then scaled to {@code w} wide with its top at the
   * cursor.
   */
  void chart(Drawable chart, float layoutW, float layoutH, float x, float w) throws IOException {
    float scale = w / layoutW;
    PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, layoutW, layoutH);
    try {
      g2.setFontTextDrawer(chartText);
      chart.draw(g2, new Rectangle2D.Double(0, 0, layoutW, layoutH));
    } finally {
      g2.dispose();
    }
    PDFormXObject form = g2.getXFormObject();
    float h = layoutH * scale;
    stream.saveGraphicsState();
    stream.transform(Matrix.getTranslateInstance(x, y - h));
    stream.transform(Matrix.getScaleInstance(scale, scale));
    stream.drawForm(form);
    stream.restoreGraphicsState();
    y -= h;
  }

  /** Returns every page's content stream closed; call before adding footers. */
  void finish() throws IOException {
    closeStream();
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  @Override
  public void close() throws IOException {
    closeStream();
    chartText.close();
  }
}
