package org.ackgap.classify;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a statement's language by the script most of its letters are in, which is all the
 * classifier needs to know: whether it has cue lexicons for it. Latin reads as English and
 * Cyrillic as Russian (the languages it has); Arabic script is Persian, Urdu or Arabic by the
 * letters only one of them uses; the other scripts name their language (Hebrew, Greek, Chinese,
 * Japanese, Korean, …). Pure and thread-safe.
 */
public final class Language {

  /** The languages the cue lexicons cover (docs/classifier.md); others are not classified. */
  public static final Set<String> SUPPORTED = Set.of("en", "ru");

  private Language() {}

  /**
   * Returns the language of a text the classifier cannot read, or null when it can (a text in
   * Latin or Cyrillic, or with no letters at all, whose stance it decides as before).
   */
  public static String unsupported(String text) {
    int n = text.length();
    int i = 0;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0370' && (c < '\u0400' || c >= '\u0530')) {
        break; // Greek, or beyond Cyrillic: worth counting
      }
    }
    if (i == n) {
      return null; // nearly every statement: Latin and Cyrillic only, nothing to count
    }
    String language = of(text);
    return language.isEmpty() || SUPPORTED.contains(language) ? null : language;
  }

  /**
   * Returns the language of a text as an ISO 639-1 code where its script names one ({@code en}
   * for Latin, {@code ru} for Cyrillic, {@code fa}, {@code ar}, {@code ur}, {@code he}, {@code
   * zh}, {@code ja}, {@code ko}, {@code el}, …), else the script's name in lower case; "" for a
   * text with no letters.
   */
  public static String of(String text) {
    int[] scripts = new int[UnicodeScript.values().length];
    int persian = 0;
    int urdu = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      UnicodeScript script = c < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(c);
      scripts[script.ordinal()]++;
      switch (c) {
        // پ چ ژ گ ی ک: Persian writes them, Arabic does not
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC, 0x06A9 -> persian++;
        // ٹ ڈ ڑ ں ے ہ: Urdu's own
        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06C1 -> urdu++;
        // ي ك ة: Arabic's forms of the letters Persian writes ی ک, and its feminine ending
        case 0x064A, 0x0643, 0x0629 -> arabic++;
        default -> { }
      }
    }
    UnicodeScript top = null;
    for (UnicodeScript s : UnicodeScript.values()) {
      if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && scripts[s.ordinal()] > 0
          && (top == null || scripts[s.ordinal()] > scripts[top.ordinal()])) {
        top = s;
      }
    }
    if (top == null) {
      return "";
    }
    int kana = scripts[UnicodeScript.HIRAGANA.ordinal()]
        + scripts[UnicodeScript.KATAKANA.ordinal()];
    return switch (top) {
      case LATIN -> "en";
      case CYRILLIC -> "ru";
      case ARABIC -> urdu > 0 && urdu * 4 >= persian ? "ur" : persian > arabic ? "fa" : "ar";
      case HEBREW -> "he";
      case GREEK -> "el";
      case HAN -> kana > 0 ? "ja" : "zh";
      case HIRAGANA, KATAKANA -> "ja";
      case HANGUL -> "ko";
      case ARMENIAN -> "hy";
      case GEORGIAN -> "ka";
      case DEVANAGARI -> "hi";
      case BENGALI -> "bn";
      case TAMIL -> "ta";
      case THAI -> "th";
      default -> top.name().toLowerCase(Locale.ROOT);
    };
  }
}
