package org.ackgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The encoding and delimiter of a CSV file, decided from its first bytes. */
class FormatDetectorTest {

  static final String HEADER = "statement_id,date,source_id,topic_id,text,url,stance\n";
  static final String RUSSIAN = HEADER
      + "r1,2024-12-17,tass,kursk,Песков заявил, что не будет комментировать сообщения о"
      + " северокорейских военных.,,\n"
      + "r2,2024-12-18,tass,kursk,Министерство обороны России опровергло данные.,,\n";

  static FileFormat detect(byte[] bytes) {
    return FormatDetector.detect(bytes, bytes.length, true, InputSettings.DEFAULTS);
  }

  @Test
  void validUtf8IsUtf8() {
    FileFormat f = detect(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, f.charset());
    assertEquals("valid UTF-8", f.encodingBasis());
    assertEquals(',', f.delimiter());
  }

  @Test
  void windows1251AndKoi8rAreDetected() {
    assertEquals("windows-1251",
        detect(RUSSIAN.getBytes(Charset.forName("windows-1251"))).encoding());
    assertEquals("KOI8-R", detect(RUSSIAN.getBytes(Charset.forName("KOI8-R"))).encoding());
  }

  @Test
  void aStrayByteInMostlyUtf8OrAsciiTextLeavesTheFileUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    b.write(0xFF);
    FileFormat mostly = detect(b.toByteArray());
    assertEquals(StandardCharsets.UTF_8, mostly.charset());
    assertEquals("mostly UTF-8: 1 invalid byte sequence", mostly.encodingBasis());

    b.reset();
    b.writeBytes((HEADER + "m2,2025-03-01,ngo,dam,bad ").getBytes(StandardCharsets.US_ASCII));
    b.write(0xFF);
    b.writeBytes(" byte,,alleges\n".getBytes(StandardCharsets.US_ASCII));
    FileFormat ascii = detect(b.toByteArray());
    assertEquals(StandardCharsets.UTF_8, ascii.charset(), ascii.toString());
    assertTrue(ascii.encodingBasis().startsWith("not valid UTF-8"), ascii.encodingBasis());
  }

  @Test
  void byteOrderMarksNameTheEncoding() {
    byte[] le = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
    FileFormat f = detect(le);
    assertEquals(StandardCharsets.UTF_16LE, f.charset());
    assertEquals(2, f.skip());
    assertEquals(',', f.delimiter());
    FileFormat be = detect(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16BE));
    assertEquals(StandardCharsets.UTF_16BE, be.charset());
    FileFormat utf8 = detect(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, utf8.charset());
    assertEquals(0, utf8.skip(), "the UTF-8 path drops U+FEFF from the header itself");
  }

  @Test
  void utf16WithoutByteOrderMarkIsDetectedByItsNulBytes() {
    FileFormat f = detect(RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(StandardCharsets.UTF_16LE, f.charset());
  }

  @Test
  void delimiterIsTheOneTheHeaderHoldsMostOfOutsideQuotes() {
    assertEquals(';', FormatDetector.delimiter("a;b;c"));
    assertEquals('\t', FormatDetector.delimiter("a\tb\tc"));
    assertEquals(',', FormatDetector.delimiter("a,b,c"));
    assertEquals(',', FormatDetector.delimiter("\"x;y;z\",b,c"));
    assertEquals(',', FormatDetector.delimiter("statement_id"));
    assertEquals(';', FormatDetector.delimiter("\"id, the key\";date;text"));
  }

  @Test
  void settingsForceEncodingAndDelimiter() {
    InputSettings forced = new InputSettings(Optional.of(Charset.forName("windows-1251")),
        Optional.of(';'), 0.1);
    byte[] utf8 = RUSSIAN.getBytes(StandardCharsets.UTF_8);
    FileFormat f = FormatDetector.detect(utf8, utf8.length, true, forced);
    assertEquals("windows-1251", f.encoding());
    assertEquals("ackgap.properties", f.encodingBasis());
    assertEquals(';', f.delimiter());
    assertEquals("ackgap.properties", f.delimiterBasis());
  }
}
