package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineIdsTest {

  @TempDir
  Path dir;

  @Test
  void givesBackEveryIdPerTopicAndDayInInputOrderWhateverTheBudget() throws Exception {
    int topics = 7;
    Random random = new Random(5);
    Map<String, StringBuilder> expected = new LinkedHashMap<>();
    Path file = dir.resolve("ids.tmp");
    TimelineIds ids = new TimelineIds(file, topics);
    for (int i = 0; i < 5000; i++) {
      int topic = random.nextInt(topics);
      long day = 20000 + random.nextInt(40) - (random.nextInt(50) == 0 ? 800_000 : 0);
      String id = switch (random.nextInt(4)) {
        case 0 -> "st" + i;
        case 1 -> "заявление-" + i;
        case 2 -> "x".repeat(120 + random.nextInt(20)) + i; // around the one-byte length
        default -> "long-" + "é".repeat(random.nextInt(400)) + i;
      };
      ids.add(topic, day, id);
      StringBuilder sb = expected.computeIfAbsent(topic + "@" + day, k -> new StringBuilder());
      sb.append(sb.length() == 0 ? "" : ";").append(id);
    }
    ids.finish();
    for (long budget : new long[] {1, 10_000, 50_000, Long.MAX_VALUE}) {
      for (int topic = 0; topic < topics; topic++) {
        for (long day = 20000 - 800_000 - 5; day < 20045; day++) {
          if (day == 20000 - 800_000 + 45) {
            day = 19995;
          }
          StringBuilder want = expected.get(topic + "@" + day);
          assertEquals(want == null ? "" : want.toString(), ids.ids(topic, day, budget),
              "topic " + topic + " day " + day + " budget " + budget);
        }
      }
    }
    // asked out of order, it reads the file again rather than answer wrong
    assertEquals(expected.get("3@20010") == null ? "" : expected.get("3@20010").toString(),
        ids.ids(3, 20010, 1));
    assertEquals(expected.get("0@20010") == null ? "" : expected.get("0@20010").toString(),
        ids.ids(0, 20010, 1));
    ids.close();
    assertFalse(Files.exists(file), "the file is deleted on close");
  }
}
