package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates articles carry, as calendar dates in UTC when a time and zone are given. */
class ArticleDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-03-05                          | 2025-03-05",
      "2025-03-06T23:30:00-05:00           | 2025-03-07",
      "2025-03-06T23:30:00Z                | 2025-03-06",
      "2025-03-07T01:30:00.123+03:00       | 2025-03-06",
      "2025-03-06T23:30:00-0500            | 2025-03-07",
      "2025-03-06 23:30:00+00              | 2025-03-06",
      "2025-03-06T23:30                    | 2025-03-06",
      "2025-03-06T23:30:00                 | 2025-03-06",
      "2025-03-06T23:30:00+01:00[Europe/Paris] | 2025-03-06",
      "Thu, 06 Mar 2025 12:30:00 +0000     | 2025-03-06",
      "Thu, 06 Mar 2025 23:30:00 EST       | 2025-03-07",
      "Fri, 07 Mar 2025 01:30:00 +0300     | 2025-03-06",
      "Thu, 6 Mar 2025 22:00:00 GMT        | 2025-03-06",
      "Mon, 06 Mar 2025 12:30 PDT          | 2025-03-06",
      "06 March 2025 12:30:00 UT           | 2025-03-06",
      "Thu, 06 Mar 25 12:30:00 +00:00      | 2025-03-06",
      "Thu, 06 Mar 2025 23:30:00           | 2025-03-06"})
  void readsIsoAndRfc822Dates(String text, String expected) {
    assertEquals(LocalDate.parse(expected), ArticleDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"06/03/2025", "2025-02-30", "2025-3-5", "yesterday",
      "Thu, 06 Xyz 2025 12:30:00 GMT", "Thu, 06 Mar 2025 12:30:00 XYZ", "2025-03-06T25:00:00Z"})
  void refusesWhatIsNoDate(String text) {
    assertThrows(DateTimeException.class, () -> ArticleDates.parse(text));
  }
}
