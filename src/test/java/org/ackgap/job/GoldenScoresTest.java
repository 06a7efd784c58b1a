package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases of the scoring contract: each folder under {@code golden/} has an {@code input/}
 * and one {@code expected-<as-of>.csv} per date, the gap_scores.csv SPEC §3 gives for it.
 *
 * <p>{@code rules} has one topic per rule (independence groups, default reliability and group,
 * the threshold-crossing date, the date tie rule, acknowledgement before confirmation, a
 * statement after the as-of, status precedence, sides, counts and omission), so a wrong rule
 * changes its topic's row.
 */
class GoldenScoresTest {

  private static final Pattern EXPECTED = Pattern.compile("expected-(\\d{4}-\\d{2}-\\d{2})\\.csv");

  @TempDir Path out;

  static Path golden() throws URISyntaxException {
    return Path.of(GoldenScoresTest.class.getResource("/golden").toURI());
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(golden())) {
      for (Path dir : dirs.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.sorted().toList()) {
            Matcher m = EXPECTED.matcher(f.getFileName().toString());
            if (m.matches()) {
              cases.add(Arguments.of(dir.getFileName().toString(), m.group(1)));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as of {1}")
  @MethodSource("cases")
  void gapScoresMatchTheContract(String name, String asOf) throws Exception {
    Path dir = golden().resolve(name);
    Run run = Run.job(dir.resolve("input"), out, asOf);
    assertEquals(0, run.code(), run.err());
    String expected = Files.readString(dir.resolve("expected-" + asOf + ".csv"),
        StandardCharsets.UTF_8);
    String actual = Files.readString(out.resolve(asOf).resolve("gap_scores.csv"),
        StandardCharsets.UTF_8);
    assertEquals(expected.strip(), actual.strip());
  }

  @Test
  void everyCaseHasInputAndAtLeastOneExpectedFile() throws Exception {
    try (Stream<Path> dirs = Files.list(golden())) {
      for (Path dir : dirs.toList()) {
        assertTrue(Files.isDirectory(dir.resolve("input")), dir + " has no input/");
        try (Stream<Path> files = Files.list(dir)) {
          List<Path> unpaired = files.filter(f -> !Files.isDirectory(f))
              .filter(f -> !EXPECTED.matcher(f.getFileName().toString()).matches())
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .toList();
          assertTrue(unpaired.isEmpty(), "files that are not expected-<date>.csv: " + unpaired);
        }
        assertFalse(cases().noneMatch(a -> a.get()[0].equals(dir.getFileName().toString())),
            dir + " has no expected-<as-of>.csv");
      }
    }
  }
}
