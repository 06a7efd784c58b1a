package org.ackgap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The side a source takes on a topic (SPEC §1). */
class SourceTest {

  static final Topic TOPIC = new Topic("t", "T", "Claim", List.of("RU", "KP"), List.of(),
      List.of());

  static Source source(String actor, SourceType type) {
    return new Source("s", "S", actor, type, 0.5, "s");
  }

  @Test
  void stateVoiceOfASubjectIsTheSubjectSide() {
    for (SourceType type : List.of(SourceType.STATE_MEDIA, SourceType.OFFICIAL,
        SourceType.GOVERNMENT, SourceType.MILITARY, SourceType.INTELLIGENCE)) {
      assertEquals(Side.SUBJECT, source("KP", type).sideOn(TOPIC), type.label());
    }
  }

  @Test
  void independentVoicesOfASubjectCountryAreThirdParties() {
    for (SourceType type : List.of(SourceType.MEDIA, SourceType.THINK_TANK, SourceType.NGO,
        SourceType.OTHER)) {
      assertEquals(Side.THIRD_PARTY, source("RU", type).sideOn(TOPIC), type.label());
    }
  }

  @Test
  void foreignGovernmentIsAThirdParty() {
    assertEquals(Side.THIRD_PARTY, source("US", SourceType.GOVERNMENT).sideOn(TOPIC));
  }

  @Test
  void actorCodesCompareIgnoringCase() {
    assertEquals(Side.SUBJECT, source("ru", SourceType.STATE_MEDIA).sideOn(TOPIC));
  }
}
