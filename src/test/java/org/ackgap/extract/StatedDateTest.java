package org.ackgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDateTest {

  /** Wednesday. */
  private static final LocalDate ARTICLE = LocalDate.of(2025, 3, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A's foreign minister Lena Ortiz said on Monday that … | 2025-03-03
      Ortiz said Wednesday that … | 2025-03-05
      Ortiz said last Wednesday that … | 2025-02-26
      Kirby confirmed on 16 December that … | 2024-12-16
      Kirby confirmed on December 16 that … | 2024-12-16
      Kirby said on Dec. 16 that … | 2024-12-16
      The ministry said on 4 March 2025 that … | 2025-03-04
      The ministry said yesterday that … | 2025-03-04
      Песков заявил 16 декабря, что … | 2024-12-16
      Песков в понедельник заявил, что … | 2025-03-03
      Захарова во вторник заявила, что … | 2025-03-04
      Как заявил вчера Песков, … | 2025-03-04
      """)
  void resolvesTheLatestSuchDayNotAfterTheArticle(String context, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), StatedDate.resolve(context, ARTICLE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ministry said last week that …
      Министерство на прошлой неделе заявило, что …
      Ortiz told reporters in the capital.
      The ministry said on 9 March 2025 that …
      """)
  void givesNothingWithoutAStatedDay(String context) {
    assertEquals(Optional.empty(), StatedDate.resolve(context, ARTICLE));
  }

  @Test
  void neverTakesTheDateOfTheReportedEvent() {
    // wire-0305:4: "2 March" dates the transponder going dark, not Maritime Watch's statement
    String text = "According to Maritime Watch, the Orion's transponder went dark on 2 March"
        + " while the tanker was crossing the strait.";
    Attribution a = AttributionExtractorTest.byCue(
        AttributionExtractor.standard().extract(text), "According to");
    assertEquals(Optional.empty(), StatedDate.resolve(a.context(), ARTICLE));
    Attribution said = AttributionExtractorTest.byCue(AttributionExtractor.standard().extract(
        "The ministry said the tanker was seized on 2 March."), "said");
    assertEquals(Optional.empty(), StatedDate.resolve(said.context(), ARTICLE));
  }

  @Test
  void datesTheStatementWhenTheDayIsWrittenAtTheCue() {
    Attribution a = AttributionExtractorTest.byCue(AttributionExtractor.standard().extract(
        "A's foreign minister Lena Ortiz said on Monday that B's navy had boarded the tanker"
            + " Orion on 2 March."), "said");
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), StatedDate.resolve(a.context(), ARTICLE));
  }
}
