package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ackgap.Origin;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.report.csv.Tables;
import org.junit.jupiter.api.Test;

/** The workers' positions.csv rows are the bytes the table writer gives the same positions. */
class PositionRowsTest {

  private static final String ALPHABET = "ab ,\"\n\r=-+@\t'Кур😀€.;:";

  private static String text(SplittableRandom r, int max) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(max); k > 0; k--) {
      b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
          r.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
    }
    return b.toString();
  }

  @Test
  void rowsOfABatchAreWhatTheTableWriterWrites() throws Exception {
    SplittableRandom r = new SplittableRandom(11);
    for (boolean evaluate : new boolean[] {false, true}) {
      Collector.Rows rows = new Collector.Rows(evaluate);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      CsvOut table = new CsvOut(expected, Tables.positionsHeader(evaluate));
      table.flush();
      expected.reset(); // the rows only
      List<Integer> ends = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        List<Position> list = new ArrayList<>();
        for (int k = r.nextInt(3); k >= 0; k--) {
          Stance stance = Stance.values()[r.nextInt(Stance.values().length)];
          Optional<Stance> coded = r.nextBoolean() ? Optional.empty()
              : Optional.of(Stance.values()[r.nextInt(Stance.values().length)]);
          list.add(new Position("s" + text(r, 4), "t-" + r.nextInt(5),
              LocalDate.ofEpochDay(19000 + r.nextInt(2000)), "src-" + r.nextInt(3),
              r.nextBoolean() ? Side.SUBJECT : Side.THIRD_PARTY, stance,
              r.nextBoolean() ? Origin.CLASSIFIED : Origin.CODED, r.nextInt(1001) / 1000.0,
              text(r, 40), coded));
        }
        ends.add(rows.append(list));
        for (Position p : list) {
          table.row(Tables.positionRow(p, evaluate));
        }
      }
      table.flush();
      int end = ends.get(ends.size() - 1);
      assertArrayEquals(expected.toByteArray(), Arrays.copyOf(rows.bytes(), end),
          "evaluate " + evaluate);
    }
  }
}
