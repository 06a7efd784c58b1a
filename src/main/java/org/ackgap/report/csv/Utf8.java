package org.ackgap.report.csv;

/** UTF-8 encoding into a caller's buffer, as {@code String.getBytes(UTF_8)} writes it. */
final class Utf8 {

  private Utf8() {}

  /** The most bytes {@link #encode} writes for {@code chars} chars, quotes not doubled. */
  static int maxBytes(int chars) {
    return chars * 3;
  }

  /**
   * Writes {@code cs} as UTF-8 into {@code to} from {@code at}, a lone surrogate as {@code ?} and
   * every {@code "} twice when {@code doubleQuotes} (a quoted CSV field); returns where it ended.
   * {@code to} must have {@link #maxBytes} room, twice that when doubling quotes.
   */
  static int encode(CharSequence cs, boolean doubleQuotes, byte[] to, int at) {
    int n = cs.length();
    for (int i = 0; i < n; i++) {
      char c = cs.charAt(i);
      if (c < 0x80) {
        to[at++] = (byte) c;
        if (c == '"' && doubleQuotes) {
          to[at++] = '"';
        }
      } else if (c < 0x800) {
        to[at++] = (byte) (0xc0 | c >> 6);
        to[at++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isSurrogate(c)) {
        char d = i + 1 < n ? cs.charAt(i + 1) : 0;
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(d)) {
          int cp = Character.toCodePoint(c, d);
          i++;
          to[at++] = (byte) (0xf0 | cp >> 18);
          to[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
          to[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
          to[at++] = (byte) (0x80 | cp & 0x3f);
        } else {
          to[at++] = '?';
        }
      } else {
        to[at++] = (byte) (0xe0 | c >> 12);
        to[at++] = (byte) (0x80 | c >> 6 & 0x3f);
        to[at++] = (byte) (0x80 | c & 0x3f);
      }
    }
    return at;
  }
}
