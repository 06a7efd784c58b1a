package org.ackgap.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a file's bytes into text, or says in an analyst's words why they are not text. */
final class TextBytes {

  /** The bytes are not text this reader accepts; the message is the reject reason. */
  static final class NotText extends Exception {
    NotText(String reason) {
      super(reason, null, false, false);
    }
  }

  private TextBytes() {}

  /**
   * Checks that {@code bytes} look like text at all: no NUL bytes and no UTF-16 or UTF-32
   * byte-order mark.
   *
   * @throws NotText if they do not
   */
  static void checkText(byte[] bytes) throws NotText {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new NotText("not UTF-8: the file is UTF-16 (byte-order mark); save it as UTF-8");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new NotText("not text: binary content (NUL bytes)");
      }
    }
  }

  /** Returns the length of a UTF-8 byte-order mark at the start of {@code bytes}: 3 or 0. */
  static int bomLength(byte[] bytes) {
    return bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  /**
   * Decodes {@code bytes} as UTF-8, without a byte-order mark.
   *
   * @throws NotText if they hold NUL bytes or are not valid UTF-8
   */
  static String utf8(byte[] bytes) throws NotText {
    checkText(bytes);
    return decode(bytes, bomLength(bytes), bytes.length - bomLength(bytes));
  }

  /**
   * Decodes part of {@code bytes} as UTF-8, strictly.
   *
   * @throws NotText if they are not valid UTF-8, naming the first bad byte and its line
   */
  static String decode(byte[] bytes, int offset, int length) throws NotText {
    return decode(bytes, offset, length, 1);
  }

  /**
   * Decodes part of {@code bytes} as UTF-8, strictly, counting lines from {@code firstLine} for
   * the message.
   *
   * @throws NotText if they are not valid UTF-8, naming the first bad byte and its line
   */
  static String decode(byte[] bytes, int offset, int length, long firstLine) throws NotText {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      throw new NotText(
          String.format(
              Locale.ROOT,
              "not UTF-8: byte 0x%02X on line %d is not valid UTF-8 (a legacy encoding such as"
                  + " Windows-1251?); save the file as UTF-8",
              bytes[bad] & 0xFF,
              firstLine - 1 + lineAt(bytes, offset, bad)));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * Decodes {@code bytes} in a named charset, strictly.
   *
   * @throws NotText if they are not valid in it
   */
  static String decode(byte[] bytes, Charset charset) throws NotText {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NotText("not " + charset.name() + " though it declares so: " + e.getMessage());
    }
  }

  /** Returns the 1-based line of byte {@code at}, counting from {@code from}. */
  static long lineAt(byte[] bytes, int from, int at) {
    long line = 1;
    for (int i = from; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
