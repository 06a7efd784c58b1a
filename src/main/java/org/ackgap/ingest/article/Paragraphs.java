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
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank;
      if (c < 0x80) {
        // The common case first: ASCII needs no Unicode tables.
        blank = c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
            || c == 0x0B || (c >= 0x1C && c <= 0x1F));
      } else if (c == '\u200B' || c == '\u00AD' || c == '\uFEFF') {
        continue;
      } else {
        // Unicode's spaces and line separators (what isWhitespace or isSpaceChar accept) and NEL.
        blank = c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
      }
      if (blank) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns plain text as paragraphs: a blank line (or one of spaces only) ends a paragraph, and
   * the lines inside a paragraph are joined by a space.
   */
  static String ofPlainText(String text) {
    StringBuilder body = new StringBuilder(text.length());
    StringBuilder paragraph = new StringBuilder();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = lineEnd(text, start);
      String line = text.substring(start, end);
      if (line.isBlank()) {
        appendParagraph(body, paragraph);
      } else {
        paragraph.append(line).append(' ');
      }
      if (end >= n) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
          ? 2 : 1);
    }
    appendParagraph(body, paragraph);
    return body.toString();
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

  private static void appendParagraph(StringBuilder body, StringBuilder paragraph) {
    String normal = normalise(paragraph);
    paragraph.setLength(0);
    if (!normal.isEmpty()) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(normal);
    }
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
}
