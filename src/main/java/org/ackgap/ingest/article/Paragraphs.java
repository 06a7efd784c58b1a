package org.ackgap.ingest.article;

import java.util.List;

/** Normalises article text: paragraphs separated by one blank line, single spaces inside them. */
final class Paragraphs {

  private Paragraphs() {}

  /**
   * Returns {@code text} with every run of whitespace (no-break spaces and line breaks included)
   * made one space, invisible marks (zero-width space, soft hyphen, byte-order mark) removed, and
   * no space at either end.
   */
  static String normalise(CharSequence text) {
    return normalise(text, false);
  }

  /**
   * Returns plain text as paragraphs: a blank line (or one of spaces only) ends a paragraph, and
   * the lines inside a paragraph are joined by a space; inside a paragraph as {@link #normalise}.
   */
  static String ofPlainText(CharSequence text) {
    return normalise(text, true);
  }

  /** Joins paragraphs, normalising each and leaving out empty ones. */
  static String join(List<? extends CharSequence> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (CharSequence p : paragraphs) {
      String normal = normalise(p);
      if (!normal.isEmpty()) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(normal);
      }
    }
    return body.toString();
  }

  /** Returns the index of the line break ending the line at {@code start}, or the length. */
  static int lineEnd(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Normalises in one pass over the text, the hottest loop of reading articles: output never
   * outgrows the input (a paragraph break replaces at least two line breaks).
   */
  private static String normalise(CharSequence text, boolean paragraphs) {
    int length = text.length();
    char[] out = new char[length];
    int n = 0;
    boolean space = false;
    boolean paragraph = false;
    boolean blankLine = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean blank;
      if (c < 0x80) {
        // The common case first: ASCII needs no Unicode tables.
        if (c > ' ') {
          blank = false;
        } else if (paragraphs && (c == '\n' || c == '\r')) {
          if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (blankLine && n > 0) {
            paragraph = true;
          }
          space = n > 0;
          blankLine = true;
          continue;
        } else {
          blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
              || (c >= 0x1C && c <= 0x1F);
        }
      } else if (c == '\u200B' || c == '\u00AD' || c == '\uFEFF') {
        continue;
      } else {
        // Unicode's spaces and line separators (what isWhitespace or isSpaceChar accept) and NEL.
        blank = c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
      }
      if (blank) {
        space = n > 0;
      } else {
        if (paragraph) {
          out[n++] = '\n';
          out[n++] = '\n';
        } else if (space) {
          out[n++] = ' ';
        }
        paragraph = false;
        space = false;
        blankLine = false;
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }
}
