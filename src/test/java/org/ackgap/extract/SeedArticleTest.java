package org.ackgap.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed article of SPEC's worked example yields its five third-party voices. */
class SeedArticleTest {

  private static final Path SEEDS = Path.of("..", "shared", "seeds");

  @Test
  void yieldsTheSeedArticlesSpeakersAndDays() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no seed folder at " + SEEDS.toAbsolutePath());
    Path seed;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seed = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
    }
    assumeTrue(seed != null, "no seed article in " + SEEDS.toAbsolutePath());
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    aliases.put("us-nsc", List.of("National Security Council", "John Kirby", "Kirby", "NSC"));
    aliases.put("us-dod", List.of("Pentagon", "Patrick Ryder", "Ryder"));
    aliases.put("ua-president", List.of("Zelenskyy", "Zelensky"));
    aliases.put("ua-gur", List.of("Ukrainian military intelligence", "HUR", "GUR"));
    aliases.put("isw", List.of("Institute for the Study of War", "ISW"));
    SpeakerIndex index = SpeakerIndex.of(aliases);
    LocalDate article = LocalDate.of(2024, 12, 17);

    Set<String> found = new TreeSet<>();
    for (Attribution a : AttributionExtractor.standard().extract(text)) {
      if (!a.isSpeech() || !a.hasSource()) {
        continue;
      }
      index.resolve(a.speakerResolved()).ifPresent(id -> found.add(id + " "
          + StatedDate.resolve(a.context(), article).orElse(article)));
    }
    for (String expected : List.of("us-nsc 2024-12-16", "us-dod 2024-12-17",
        "ua-president 2024-12-17", "ua-gur 2024-12-17", "isw 2024-12-17")) {
      assertTrue(found.contains(expected), expected + " not in " + found);
    }
  }
}
