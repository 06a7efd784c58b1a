package org.ackgap.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerIndexTest {

  private static SpeakerIndex index() {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    aliases.put("us-nsc", List.of("John Kirby", "Kirby", "National Security Council", "NSC"));
    aliases.put("kremlin", List.of("Песков*", "Peskov", "Kremlin"));
    aliases.put("ru-mfa", List.of("Захаров*", "Zakharova", "Russian Foreign Ministry"));
    aliases.put("ua-president", List.of("Zelenskyy", "Зеленск*"));
    aliases.put("council-a", List.of("Council"));
    aliases.put("ministry-x", List.of("the ministry"));
    aliases.put("ministry-y", List.of("the ministry"));
    return SpeakerIndex.of(aliases);
  }

  @Test
  void matchesAliasesCaseInsensitivelyOnWordBoundaries() {
    SpeakerIndex idx = index();
    assertEquals(Optional.of("us-nsc"), idx.resolve("US National Security Council Spokesperson"
        + " John Kirby"));
    assertEquals(Optional.of("us-nsc"), idx.resolve("KIRBY"));
    assertEquals(Optional.of("us-nsc"), idx.resolve("Kirby's office"));
    // "Kirbyson" is another word: no match inside a word
    assertEquals(Optional.empty(), idx.resolve("Paul Kirbyson"));
  }

  @Test
  void aStarMatchesAnyEndingOfARussianName() {
    SpeakerIndex idx = index();
    assertEquals(Optional.of("kremlin"), idx.resolve("Дмитрий Песков"));
    assertEquals(Optional.of("kremlin"), idx.resolve("Пескова"));
    assertEquals(Optional.of("ru-mfa"), idx.resolve("официальный представитель МИД Мария Захарова"));
    assertEquals(Optional.of("ua-president"), idx.resolve("Владимира Зеленского"));
  }

  @Test
  void theLongestMatchingAliasWins() {
    // "National Security Council" (23 letters) beats "Council" (7)
    SpeakerIndex idx = index();
    assertEquals(Optional.of("us-nsc"), idx.resolve("the National Security Council"));
    assertEquals(Optional.of("council-a"), idx.resolve("the Council"));
  }

  @Test
  void equallyLongAliasesOfTwoSourcesAreAmbiguous() {
    SpeakerIndex.Match m = index().match("The ministry");
    assertEquals(SpeakerIndex.Status.AMBIGUOUS, m.status());
    assertEquals(List.of("ministry-x", "ministry-y"), m.sourceIds());
    assertEquals(Optional.empty(), index().resolve("The ministry"));
  }

  @Test
  void toleratesOneLetterOfTransliterationWhenNothingMatchesExactly() {
    SpeakerIndex idx = index();
    assertEquals(Optional.of("ua-president"), idx.resolve("Ukrainian President Volodymyr Zelensky"));
    assertEquals(Optional.of("ru-mfa"), idx.resolve("Maria Zakharowa"));
    assertEquals(SpeakerIndex.Status.UNKNOWN, idx.match("A B navy spokesman").status());
  }

  @Test
  void reportsAnUnknownSpeakerAsUnknown() {
    SpeakerIndex.Match m = index().match("Maritime Watch");
    assertEquals(SpeakerIndex.Status.UNKNOWN, m.status());
    assertEquals(List.of(), m.sourceIds());
  }
}
