package org.ackgap.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * Replaces the letter runs a font ligates (DejaVu's ff, fi, fl, ffi, ffl) by the characters its
 * cmap maps to the ligature glyphs, so text drawn in a copy of the font with GSUB switched off
 * shows the very glyphs PDFBox's GSUB pass would have chosen.
 *
 * <p>That pass compiles a regular expression of every ligature on each {@code showText}, which
 * was half the time of writing the report; doing the same substitution here costs a scan.
 */
final class Ligatures {

  /** The substitution of a font that ligates nothing, or whose GSUB this class cannot mirror. */
  static final Ligatures NONE = new Ligatures(Map.of(), 0);

  /** PDFBox's Latin GSUB worker applies these features, in this order. */
  private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");

  private final Map<String, String> forms;
  private final int longest;
  /** The first character of every ligated run; text without one is returned as it is. */
  private final String starters;

  private Ligatures(Map<String, String> forms, int longest) {
    this.forms = Map.copyOf(forms);
    this.longest = longest;
    StringBuilder firsts = new StringBuilder();
    for (String run : forms.keySet()) {
      if (firsts.indexOf(run.substring(0, 1)) < 0) {
        firsts.append(run.charAt(0));
      }
    }
    this.starters = firsts.toString();
  }

  /**
   * Returns the substitution PDFBox would apply for this font, or {@link #NONE} if it applies
   * none or one this class cannot reproduce character for character (a non-Latin script, more
   * than one feature with substitutions, or a glyph without a character of its own): then the
   * caller must keep drawing with GSUB on.
   *
   * @throws IOException if the font's tables cannot be read
   */
  static Ligatures of(TrueTypeFont font) throws IOException {
    GsubData gsub = font.getGsubData();
    if (gsub == GsubData.NO_DATA_FOUND || gsub.getLanguage() != Language.LATIN) {
      return NONE;
    }
    CmapLookup cmap = font.getUnicodeCmapLookup();
    Map<String, String> forms = new HashMap<>();
    int longest = 0;
    boolean seenFeature = false;
    for (String name : LATIN_FEATURES) {
      if (!gsub.isFeatureSupported(name)) {
        continue;
      }
      ScriptFeature feature = gsub.getFeature(name);
      Set<List<Integer>> runs = feature.getAllGlyphIdsForSubstitution();
      if (runs.isEmpty()) {
        continue;
      }
      if (seenFeature) {
        return NONE;
      }
      seenFeature = true;
      for (List<Integer> run : runs) {
        StringBuilder letters = new StringBuilder();
        for (int glyph : run) {
          Integer cp = onlyCharacter(cmap, glyph);
          if (cp == null) {
            return NONE;
          }
          letters.appendCodePoint(cp);
        }
        Integer form = firstCharacter(cmap, feature.getReplacementForGlyphs(run));
        if (form == null) {
          return NONE;
        }
        forms.put(letters.toString(), new String(Character.toChars(form)));
        longest = Math.max(longest, letters.length());
      }
    }
    return forms.isEmpty() ? NONE : new Ligatures(forms, longest);
  }

  private static Integer onlyCharacter(CmapLookup cmap, int glyph) {
    List<Integer> codes = cmap.getCharCodes(glyph);
    return codes != null && codes.size() == 1 ? codes.get(0) : null;
  }

  private static Integer firstCharacter(CmapLookup cmap, int glyph) {
    List<Integer> codes = cmap.getCharCodes(glyph);
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    // the glyph must come back from the character, or drawing it would show another glyph
    List<Integer> sorted = new ArrayList<>(codes);
    sorted.sort(Comparator.naturalOrder());
    for (int cp : sorted) {
      if (cmap.getGlyphId(cp) == glyph) {
        return cp;
      }
    }
    return null;
  }

  /** Returns whether this substitution changes nothing, so GSUB must stay on. */
  boolean isNone() {
    return forms.isEmpty();
  }

  /**
   * Returns the text with each ligated run replaced, taking at each position the longest run,
   * leftmost first, as PDFBox's splitter does.
   */
  String apply(String text) {
    if (forms.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int i = 0;
    int copied = 0;
    while (i < text.length()) {
      if (starters.indexOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      String form = null;
      int length = Math.min(longest, text.length() - i);
      for (; length >= 2; length--) {
        form = forms.get(text.substring(i, i + length));
        if (form != null) {
          break;
        }
      }
      if (form == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(form);
      i += length;
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
