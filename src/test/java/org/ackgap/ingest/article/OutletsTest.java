package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outlets by host: a subdomain matches its domain, and the longest domain wins. */
class OutletsTest {

  private final Outlets outlets = new Outlets(
      List.of("tass", "ria", "mod", "none"),
      Map.of("tass", List.of("tass.ru", "TASS.com."), "ria", List.of("news.tass.ru"),
          "mod", List.of("https://минобороны.рф/")));

  @Test
  void matchesADomainAndItsSubdomains() {
    assertEquals(Optional.of("tass"), outlets.byHost("https://tass.ru/politika/1"));
    assertEquals(Optional.of("tass"), outlets.byHost("https://www.tass.ru/x"));
    assertEquals(Optional.of("tass"), outlets.byHost("http://m.TASS.com:8080/a?b#c"));
    assertEquals(Optional.of("tass"), outlets.byHost("tass.ru"));
    assertEquals(Optional.of("tass"), outlets.byHost("//tass.com/x"));
  }

  @Test
  void prefersTheLongestMatchingDomain() {
    assertEquals(Optional.of("ria"), outlets.byHost("https://news.tass.ru/1"));
    assertEquals(Optional.of("ria"), outlets.byHost("https://a.news.tass.ru/1"));
  }

  @Test
  void matchesNoHostThatOnlyEndsLikeADomain() {
    assertEquals(Optional.empty(), outlets.byHost("https://nottass.ru/1"));
    assertEquals(Optional.empty(), outlets.byHost("https://tass.ru.evil.example/1"));
    assertEquals(Optional.empty(), outlets.byHost(""));
    assertEquals(Optional.empty(), outlets.byHost("mailto:press@tass.ru"));
  }

  @Test
  void matchesInternationalisedNamesInEitherForm() {
    assertEquals(Optional.of("mod"), outlets.byHost("https://минобороны.рф/news/1"));
    assertEquals(Optional.of("mod"), outlets.byHost("https://xn--90anlfbebar6i.xn--p1ai/"));
  }

  @Test
  void refusesADomainListedByTwoSources() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Outlets(List.of("a", "b"), Map.of("a", List.of("x.ru"), "b", List.of("X.ru"))));
    assertEquals("domain 'x.ru' is listed by both 'a' and 'b': an article from it could belong"
        + " to either", e.getMessage());
  }

  @Test
  void refusesDomainsOfAnUnknownSource() {
    assertThrows(IllegalArgumentException.class,
        () -> new Outlets(List.of("a"), Map.of("b", List.of("x.ru"))));
  }

  @Test
  void knowsTheSourceIdsItWasGiven() {
    assertTrue(outlets.knows("none"));
    assertEquals(false, outlets.knows("other"));
  }
}
