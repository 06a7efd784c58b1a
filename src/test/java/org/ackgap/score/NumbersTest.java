package org.ackgap.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static String exact(double x, int decimals) {
    return BigDecimal.valueOf(Numbers.clean(x)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
  }

  @Test
  void formatsLikeTheCleanedDecimalRoundedHalfUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      double x = switch (i % 4) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextInt(100_000) / 10_000.0;
        case 2 -> random.nextDouble() * 1000;
        default -> (random.nextInt(20_000) + 0.5) / 1000.0 * (1 - 0.75 * 0.1);
      };
      for (int decimals = 1; decimals <= 4; decimals++) {
        assertEquals(exact(x, decimals), Numbers.format(x, decimals), x + " to " + decimals);
      }
    }
  }

  @Test
  void roundsTiesUpAfterCleaning() {
    assertEquals("0.925", Numbers.format(1 - 0.75 * 0.1, 3));
    assertEquals("0.001", Numbers.format(0.0005, 3));
    assertEquals("1.000", Numbers.format(0.9995, 3));
    assertEquals("0.000", Numbers.format(0, 3));
    assertEquals("0.000", Numbers.format(-0.0, 3));
    assertEquals("12.5", Numbers.format(12.45, 1));
    assertEquals("-0.125", Numbers.format(-0.1245, 3));
    assertEquals("2000000.000", Numbers.format(2e6, 3));
  }
}
