package org.ackgap.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ackgap.Origin;
import org.ackgap.Parameters;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.Topic;
import org.junit.jupiter.api.Test;

/** Ledgers filled apart and merged score as one ledger filled with everything. */
class TopicLedgerTest {

  static final Topic TOPIC = new Topic("t", "T", "A claim.", List.of("RU"), List.of("x"),
      List.of());
  static final String[] GROUPS = {"g1", "g2", "g3", "g4"};

  record Added(Position position, double reliability, String group) {}

  static List<Added> positions(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Added> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Stance stance = Stance.values()[r.nextInt(Stance.values().length)];
      Side side = r.nextInt(5) == 0 ? Side.SUBJECT : Side.THIRD_PARTY;
      out.add(new Added(new Position("s" + i, "t", LocalDate.of(2025, 1, 1).plusDays(r.nextInt(60)),
          "src", side, stance, Origin.CODED, 1.0, "", Optional.empty()),
          r.nextInt(11) / 10.0, GROUPS[r.nextInt(GROUPS.length)]));
    }
    return out;
  }

  @Test
  void mergedPartsScoreAsTheWholeOnEveryDay() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Added> all = positions(seed, 200);
      TopicLedger whole = new TopicLedger(TOPIC, Parameters.DEFAULTS);
      List<TopicLedger> parts = List.of(new TopicLedger(TOPIC, Parameters.DEFAULTS),
          new TopicLedger(TOPIC, Parameters.DEFAULTS), new TopicLedger(TOPIC, Parameters.DEFAULTS));
      for (int i = 0; i < all.size(); i++) {
        Added a = all.get(i);
        whole.add(a.position(), a.reliability(), a.group());
        parts.get(i % 3).add(a.position(), a.reliability(), a.group());
      }
      TopicLedger merged = new TopicLedger(TOPIC, Parameters.DEFAULTS);
      merged.merge(parts.get(2));
      merged.merge(parts.get(0));
      merged.merge(parts.get(1));
      LocalDate end = LocalDate.of(2025, 3, 15);
      assertEquals(whole.timeline(end), merged.timeline(end), "seed " + seed);
      for (LocalDate d = LocalDate.of(2024, 12, 31); d.isBefore(end); d = d.plusDays(7)) {
        assertEquals(whole.score(d), merged.score(d), "seed " + seed + " as of " + d);
      }
    }
  }

  @Test
  void refusesALedgerOfAnotherTopic() {
    Topic other = new Topic("u", "U", "Another claim.", List.of("RU"), List.of(), List.of());
    TopicLedger ledger = new TopicLedger(TOPIC, Parameters.DEFAULTS);
    assertThrows(IllegalArgumentException.class,
        () -> ledger.merge(new TopicLedger(other, Parameters.DEFAULTS)));
  }
}
