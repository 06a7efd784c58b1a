package org.ackgap.report.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Makes right-to-left text (Arabic, Persian, Hebrew) drawable by a PDF text operator, which puts
 * glyphs left to right exactly as given: Arabic letters are first shaped into their joined
 * forms (initial, medial, final, isolated) and each line is then put in visual order by the
 * Unicode bidirectional algorithm, with mirrored brackets. The embedded DejaVu faces carry the
 * Arabic presentation forms and Hebrew, so nothing beyond ICU4J is needed.
 *
 * <p>Shaping comes before wrapping, since a word's forms decide its width; reordering comes
 * after, one line at a time, since a paragraph is broken into lines in reading order.
 */
final class RightToLeft {

  private RightToLeft() {}

  /**
   * Returns whether the text holds a right-to-left character (Hebrew, Arabic, Syriac, Thaana,
   * N'Ko and their presentation forms); text without one takes no further work.
   */
  static boolean any(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590 && (c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a paragraph reads right to left: its first strong character is right to
   * left. A Persian statement that quotes a Latin name later still reads right to left.
   */
  static boolean paragraph(CharSequence text) {
    return any(text) && Bidi.getBaseDirection(text) == Bidi.RTL;
  }

  /**
   * Returns the text, still in reading order, with its Arabic letters in joined presentation
   * forms (lam-alef as one ligature); other text is returned as it is. Already shaped text comes
   * back unchanged, so shaping twice is harmless.
   */
  static String shape(String text) {
    if (!any(text)) {
      return text;
    }
    try {
      return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
          | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.DIGITS_NOOP).shape(text);
    } catch (ArabicShapingException e) {
      // only raised for fixed-length options, which are not used; the text stays readable unshaped
      return text;
    }
  }

  /**
   * Returns one line in visual order, left to right as it is to be drawn, brackets mirrored
   * inside right-to-left runs.
   *
   * @param rtl whether the line belongs to a right-to-left paragraph; otherwise the line's own
   *     first strong character decides
   */
  static String visual(String line, boolean rtl) {
    if (!any(line)) {
      return line;
    }
    Bidi bidi = new Bidi();
    bidi.setPara(line, rtl ? (byte) 1 : Bidi.LEVEL_DEFAULT_LTR, null);
    return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
  }
}
