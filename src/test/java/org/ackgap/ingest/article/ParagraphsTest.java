package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Article text: paragraphs separated by one blank line, single spaces inside them. */
class ParagraphsTest {

  @Test
  void makesEveryKindOfSpaceOneSpace() {
    assertEquals("a b c d e f g", Paragraphs.normalise(
        " a\u00A0b\u2009c\u3000d\t\u000Be\u2028f\u202F\u0085 g\n"));
  }

  @Test
  void treatsEveryCharacterAsUnicodeDoes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (c == '\u200B' || c == '\u00AD' || c == '\uFEFF' || c == '\u0085') {
        continue;
      }
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String normal = Paragraphs.normalise("a" + c + "b");
      assertEquals(blank ? "a b" : "a" + c + "b", normal, "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void dropsInvisibleMarks() {
    assertEquals("abc", Paragraphs.normalise("a\u200Bb\u00ADc\uFEFF"));
  }

  @Test
  void separatesParagraphsByOneBlankLine() {
    assertEquals("One two.\n\nThree.", Paragraphs.ofPlainText(
        "\n\n  One\r\ntwo.  \r\n \t\r\n\r\n\rThree.\n\n\n"));
  }
}
