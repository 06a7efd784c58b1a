package org.ackgap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as spreadsheets write them: read when unambiguous, refused with a reason when not. */
class StatementDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-12-17", "17.12.2024", "2024/12/17", "2024.12.17", "17 Dec 2024",
      "17 December 2024", "Dec 17, 2024", "December 17 2024", "17-Dec-2024", "17/12/2024",
      "12/17/2024", "17-12-2024", "17 декабря 2024", "17 декабря 2024 г."})
  void unambiguousFormsAreRead(String written) {
    assertEquals(LocalDate.of(2024, 12, 17), StatementDates.parse(written), written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/04/2024", "03-04-2024"})
  void dayAndMonthBothTwelveOrLessAreAmbiguous(String written) {
    assertNull(StatementDates.parse(written));
    String problem = StatementDates.problem(written);
    assertTrue(problem.startsWith("ambiguous date '" + written + "': 3 April 2024 or 4 March"
        + " 2024?"), problem);
    assertTrue(problem.endsWith("write it as yyyy-mm-dd (2024-04-03 or 2024-03-04)"), problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"04/04/2024", "04.03.2024"})
  void sameDayAndMonthOrDotsAreNotAmbiguous(String written) {
    assertEquals(4, StatementDates.parse(written).getDayOfMonth(), written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "31.02.2024", "17/12/24", "yesterday", "17 Foo 2024",
      "13/13/2024", ""})
  void otherTextIsABadDate(String written) {
    assertNull(StatementDates.parse(written), written);
    assertTrue(StatementDates.problem(written).startsWith("bad date '" + written
        + "'; expected an ISO date yyyy-mm-dd"), written);
  }
}
