package org.ackgap.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ackgap.SourceType;
import org.ackgap.Stance;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportFixtures;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static ReportData oneTopic(int deflections) {
    ReportFixtures.Builder b = new ReportFixtures.Builder(LocalDate.of(2022, 12, 1));
    b.source("kremlin", "Kremlin", "RU", SourceType.OFFICIAL, 0.5, "kremlin");
    b.source("mfa", "Russian MFA", "RU", SourceType.GOVERNMENT, 0.5, "mfa");
    b.source("nis", "NIS", "KR", SourceType.INTELLIGENCE, 0.8, "nis");
    ReportFixtures.TopicBuilder t = b.topic("t", "Troops", "Troops are there.", "RU")
        .say("c", "2022-10-17", "nis", Stance.AFFIRM, "NIS confirmed.", "")
        .say("d1", "2022-10-18", "kremlin", Stance.DISCUSS, "No comment.", "")
        .say("x", "2022-10-19", "mfa", Stance.DENY, "A fake.", "");
    for (int i = 1; i < deflections; i++) {
      t.say("d" + (i + 1), "2022-10-" + (19 + i), i % 2 == 0 ? "kremlin" : "mfa", Stance.DISCUSS,
          "Ask the ministry.", "");
    }
    return b.build();
  }

  @Test
  void namesEachKindOfActOnceWithItsCountAndDates() {
    ReportData data = oneTopic(3);
    String sentence = Sentences.summary(data, data.scores().get(0));
    assertTrue(sentence.contains("the subject side (RU) deflected three times between 18 and 21 Oct "
        + "2022 and denied on 19 Oct 2022;"), sentence);
    assertFalse(sentence.contains("more)"), sentence);
  }

  @Test
  void countsPastTenInFigures() {
    ReportData data = oneTopic(12);
    String sentence = Sentences.summary(data, data.scores().get(0));
    assertTrue(sentence.contains("deflected 12 times between 18 and 30 Oct 2022 and denied on "
        + "19 Oct 2022"), sentence);
  }

  @Test
  void writesDateRangesCompactly() {
    assertEquals("18 and 21 Oct 2024", Sentences.range(LocalDate.of(2024, 10, 18), LocalDate.of(2024, 10, 21)));
    assertEquals("30 Oct and 2 Nov 2024", Sentences.range(LocalDate.of(2024, 10, 30), LocalDate.of(2024, 11, 2)));
    assertEquals("30 Dec 2024 and 2 Jan 2025",
        Sentences.range(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)));
    assertEquals("twice", Sentences.times(2));
    assertEquals("ten times", Sentences.times(10));
    assertEquals("11 times", Sentences.times(11));
  }
}
