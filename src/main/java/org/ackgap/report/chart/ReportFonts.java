package org.ackgap.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads the DejaVu faces shipped in the jar, so charts and the PDF never depend on the fonts a
 * machine happens to have. DejaVu covers Latin, Latin-extended, Greek and Cyrillic; its licence
 * (Bitstream Vera / Arev, free) sits next to the files as {@code LICENSE-DejaVu.txt}.
 */
public final class ReportFonts {

  /** The faces the report uses. */
  public enum Face {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf"),
    CONDENSED("DejaVuSansCondensed.ttf"),
    CONDENSED_BOLD("DejaVuSansCondensed-Bold.ttf");

    private final String file;

    Face(String file) {
      this.file = file;
    }

    /** Returns the classpath resource of this face. */
    public String resource() {
      return "/org/ackgap/report/fonts/" + file;
    }
  }

  /** The character drawn in place of one the font has no glyph for. */
  public static final char MISSING = '\uFFFD';

  private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

  private ReportFonts() {}

  /** Opens a face's TrueType data; the caller closes the stream. */
  public static InputStream open(Face face) {
    InputStream in = ReportFonts.class.getResourceAsStream(face.resource());
    if (in == null) {
      throw new IllegalStateException("font resource missing from the classpath: " + face.resource());
    }
    return in;
  }

  /** Returns a face as an AWT font of the given point size. */
  public static Font awt(Face face, float size) {
    return base(face).deriveFont(size);
  }

  private static synchronized Font base(Face face) {
    Font font = AWT.get(face);
    if (font == null) {
      try (InputStream in = open(face)) {
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + face.resource(), e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("not a TrueType font: " + face.resource(), e);
      }
      AWT.put(face, font);
    }
    return font;
  }

  /**
   * Returns the text with every character the face cannot draw replaced by {@link #MISSING}, and
   * control characters by spaces, so a stray emoji shows as a visible box and never fails a run.
   */
  public static String displayable(Face face, String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Font font = base(face);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        // zero-width joiners, direction marks and the like draw nothing anyway
      } else if (font.canDisplay(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(MISSING);
      }
    });
    return out.toString();
  }
}
