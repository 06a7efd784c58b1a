package org.ackgap.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how a CSV file is read from a sample of its first bytes: the encoding (a byte-order
 * mark; else UTF-8 when the sample is, or is mostly, valid UTF-8; else what ICU's {@link
 * CharsetDetector} finds with confidence) and the delimiter (the one of {@code , ; tab} the header
 * line holds most of, outside quotes). What ackgap.properties forces wins. Pure.
 *
 * <p>A file whose sample is mostly valid UTF-8 stays UTF-8 even with a few bad bytes, so that a
 * stray byte rejects its own row, as it always has, instead of turning the whole file into
 * Latin-1. Only a sample with more invalid sequences than valid multi-byte characters, which is
 * what a Windows-1251 or KOI8-R file looks like, is handed to the detector.
 */
final class FormatDetector {

  /** Bytes read ahead to decide: enough for thousands of rows, little enough to keep streaming. */
  static final int SAMPLE = 1 << 20;

  /**
   * ICU's confidence (0 to 100) a legacy encoding needs: two short Windows-1251 rows score 40
   * to 55, a lone stray byte in ASCII text scores nothing above 10 (CJK's baseline).
   */
  static final int MIN_CONFIDENCE = 30;

  /** Bytes of non-ASCII words handed to ICU: its n-gram statistics settle long before this. */
  private static final int WORDS = 64 << 10;

  private FormatDetector() {}

  /**
   * Returns how to read a file that starts with {@code sample[0..length)}.
   *
   * @param whole whether the sample is the whole file (else its last character may be cut)
   * @param settings the encoding and delimiter ackgap.properties forces, if any
   */
  static FileFormat detect(byte[] sample, int length, boolean whole, InputSettings settings) {
    Charset bom = bom(sample, length);
    int bomLength = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    Charset charset;
    String basis;
    if (settings.encoding().isPresent()) {
      charset = settings.encoding().get();
      basis = InputFolder.PROPERTIES;
    } else if (bom != null) {
      charset = bom;
      basis = "byte-order mark";
    } else {
      Utf8Scan scan = Utf8Scan.of(sample, length, whole);
      Optional<CharsetMatch> legacy = Optional.empty();
      if (scan.zeros() > length / 8) {
        // NUL bytes between letters: UTF-16 without a byte-order mark, which is valid UTF-8 too
        legacy = best(sample, length, true);
      } else if (scan.invalid() > scan.valid()) {
        legacy = best(words(sample, length), -1, false);
      }
      if (legacy.isPresent()) {
        charset = Charset.forName(legacy.get().getName());
        basis = "detected, confidence " + legacy.get().getConfidence();
      } else {
        charset = StandardCharsets.UTF_8;
        basis = scan.invalid() == 0 ? "valid UTF-8"
            : scan.invalid() <= scan.valid()
                ? String.format(Locale.ROOT, "mostly UTF-8: %d invalid byte sequence%s",
                    scan.invalid(), scan.invalid() == 1 ? "" : "s")
                : "not valid UTF-8, and no other encoding detected with confidence";
      }
    }
    // a BOM is skipped here only where the decoder would keep it as text other than U+FEFF
    int skip = bom != null && charset.equals(bom) && !bom.equals(StandardCharsets.UTF_8)
        ? bomLength : 0;
    if (settings.delimiter().isPresent()) {
      return new FileFormat(charset, settings.delimiter().get(), basis, InputFolder.PROPERTIES,
          skip);
    }
    return new FileFormat(charset, delimiter(headerLine(sample, length, skip, charset)), basis,
        "header", skip);
  }

  /** Returns the encoding a byte-order mark names, or null. */
  private static Charset bom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Returns ICU's best match with confidence that Java can decode: a UTF-16 or UTF-32 one when
   * {@code unicode}, else any other (UTF-8 was ruled out already).
   */
  private static Optional<CharsetMatch> best(byte[] bytes, int length, boolean unicode) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(length < 0 ? bytes : java.util.Arrays.copyOf(bytes, Math.min(length, WORDS)));
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() < MIN_CONFIDENCE) {
        break; // best first
      }
      boolean isUnicode = m.getName().startsWith("UTF-");
      if (isUnicode == unicode && !m.getName().equals("UTF-8")
          && Charset.isSupported(m.getName())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the words that hold non-ASCII bytes, space-separated: all that tells one legacy
   * encoding from another, since ASCII reads the same in each, and a CSV's ids, dates and
   * English terms would drown it in ICU's statistics.
   */
  static byte[] words(byte[] b, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < length && out.size() < WORDS) {
      int start = i;
      boolean high = false;
      while (i < length && (b[i] < 0 || Character.isLetter(b[i]))) {
        high |= b[i] < 0;
        i++;
      }
      if (high) {
        out.write(b, start, i - start);
        out.write(' ');
      }
      if (i == start) {
        i++;
      }
    }
    return out.toByteArray();
  }

  /** Returns the sample's first line decoded, for finding the delimiter. */
  private static String headerLine(byte[] sample, int length, int skip, Charset charset) {
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(sample, skip, Math.min(length - skip, 64 << 10)))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }

  /**
   * Returns the delimiter a header line uses: of comma, semicolon and tab outside quotes, the
   * most frequent; a comma when there is none (a one-column header) or on a tie with it.
   */
  static char delimiter(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /**
   * What a UTF-8 check of the sample found.
   *
   * @param valid well-formed multi-byte sequences
   * @param invalid bytes or sequences that are not UTF-8
   * @param zeros NUL bytes
   */
  record Utf8Scan(int valid, int invalid, int zeros) {

    static Utf8Scan of(byte[] b, int length, boolean whole) {
      int valid = 0;
      int invalid = 0;
      int zeros = 0;
      int i = 0;
      while (i < length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          zeros += c == 0 ? 1 : 0;
          i++;
          continue;
        }
        int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
            : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (need < 0) {
          invalid++;
          i++;
          continue;
        }
        if (i + need >= length && !whole) {
          break; // a character cut by the end of the sample
        }
        int k = 1;
        while (k <= need && i + k < length && (b[i + k] & 0xC0) == 0x80) {
          k++;
        }
        if (k > need && wellFormed(c, b[i + 1] & 0xFF)) {
          valid++;
          i += k;
        } else {
          invalid++;
          i++;
        }
      }
      return new Utf8Scan(valid, invalid, zeros);
    }

    /** Rules out overlong forms and surrogates by the second byte, as the UTF-8 standard does. */
    private static boolean wellFormed(int lead, int second) {
      return switch (lead) {
        case 0xE0 -> second >= 0xA0;
        case 0xED -> second <= 0x9F;
        case 0xF0 -> second >= 0x90;
        case 0xF4 -> second <= 0x8F;
        default -> true;
      };
    }
  }
}
