package org.ackgap.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How one CSV file was read: its character encoding and delimiter, and how each was decided.
 *
 * @param charset the encoding the file's bytes were decoded with
 * @param delimiter the field separator: {@code ,} {@code ;} or tab
 * @param encodingBasis why that encoding: {@code byte-order mark}, {@code valid UTF-8}, {@code
 *     mostly UTF-8: …}, {@code detected, confidence N}, {@code not valid UTF-8, and …}, {@code
 *     ackgap.properties}
 * @param delimiterBasis why that delimiter: {@code header} or {@code ackgap.properties}
 * @param skip bytes at the start of the file that are not text (a UTF-16 byte-order mark)
 */
public record FileFormat(Charset charset, char delimiter, String encodingBasis,
    String delimiterBasis, int skip) {

  public FileFormat {
    Objects.requireNonNull(charset, "charset");
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be ',', ';' or tab, got " + delimiter);
    }
    Objects.requireNonNull(encodingBasis, "encodingBasis");
    Objects.requireNonNull(delimiterBasis, "delimiterBasis");
  }

  /** Returns whether the file is read on the UTF-8 fast path. */
  public boolean utf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** Returns the encoding's name as users write it, e.g. {@code UTF-8}, {@code windows-1251}. */
  public String encoding() {
    return charset.name();
  }

  /** Returns the delimiter as a word or a character, as it reads in a log line or the manifest. */
  public String delimiterName() {
    return delimiterName(delimiter);
  }

  /** Returns a delimiter as a word or a character: {@code ,} {@code ;} or {@code tab}. */
  static String delimiterName(char delimiter) {
    return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
  }

  /** Describes the format for the log, e.g. {@code windows-1251 (detected, confidence 55), ';'}. */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%s), delimiter %s (%s)", encoding(), encodingBasis,
        delimiter == '\t' ? "tab" : "'" + delimiter + "'", delimiterBasis);
  }
}
