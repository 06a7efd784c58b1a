package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared worked example of SPEC §6: five files in four formats, read as its README says. */
class ExampleFolderTest {

  private static final Path EXAMPLE = Path.of("../shared/examples/articles/input/articles");

  static Outlets exampleOutlets() {
    return new Outlets(
        List.of("b-mod", "b-news", "a-gov", "wire", "monitor"),
        Map.of("b-news", List.of("bnews.example"), "wire", List.of("wire.example")));
  }

  @Test
  void readsEveryFormatOfTheWorkedExample() throws IOException {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared example folder is not here");
    List<ArticleResult> results = new ArrayList<>();
    ArticleFolder.read(EXAMPLE, exampleOutlets(), results::add);

    List<String> seen = new ArrayList<>();
    for (ArticleResult r : results) {
      if (r instanceof ArticleResult.Read read) {
        Article a = read.article();
        seen.add(a.id() + " " + a.date() + " " + a.sourceId() + " " + a.file() + " " + a.item());
      } else {
        ArticleResult.Rejected rej = (ArticleResult.Rejected) r;
        seen.add("rejected " + rej.file() + " " + rej.item() + ": " + rej.reason());
      }
    }
    assertEquals(
        List.of(
            "bnews-feed#1 2025-03-04 b-news bnews-feed.rss 1",
            "bnews-feed#2 2025-03-06 b-news bnews-feed.rss 2",
            "bn-ru-1 2025-03-08 b-news export.jsonl 1",
            "rejected notes.txt 0: no date: expected a `date:` header line (e.g. `date:"
                + " 2025-03-05`) before the first blank line",
            "wire-0305 2025-03-05 wire wire-0305.txt 0",
            "wire-orion 2025-03-07 wire wire-orion.html 0"),
        seen);
  }

  @Test
  void keepsTheTextOfEachArticleAndNothingAroundIt() throws IOException {
    assumeTrue(Files.isDirectory(EXAMPLE), "the shared example folder is not here");
    List<Article> articles = new ArrayList<>();
    ArticleFolder.read(EXAMPLE, exampleOutlets(), r -> {
      if (r instanceof ArticleResult.Read read) {
        articles.add(read.article());
      }
    });
    Article orion = articles.stream().filter(a -> a.id().equals("wire-orion")).findFirst()
        .orElseThrow();
    assertEquals("B says tanker Orion held for inspection", orion.title());
    assertEquals("https://wire.example/2025/03/06/orion-inspection", orion.url());
    assertEquals("en", orion.language());
    assertEquals(
        "B says tanker Orion held for inspection\n\n"
            + "B's defence ministry said in a statement that the Orion had been escorted to a B"
            + " port for an inspection of its papers.\n\n"
            + "On Thursday, Colonel Ivan Petrov had called the reports about the seizure of the"
            + " tanker Orion a provocation by A.",
        orion.body());

    Article wire = articles.stream().filter(a -> a.id().equals("wire-0305")).findFirst()
        .orElseThrow();
    assertEquals("Tanker Orion goes dark in the Strait of K", wire.title());
    assertEquals(4, wire.body().split("\n\n").length);
    assertTrue(wire.body().startsWith("A's foreign minister Lena Ortiz said on Monday"));
    assertEquals(LocalDate.of(2025, 3, 5), wire.date());

    Article ru = articles.stream().filter(a -> a.id().equals("bn-ru-1")).findFirst()
        .orElseThrow();
    assertEquals("https://bnews.example/ru/2031", ru.url());
    assertTrue(ru.body().startsWith("Как заявил полковник Иван Петров"));

    Article feed2 = articles.stream().filter(a -> a.id().equals("bnews-feed#2")).findFirst()
        .orElseThrow();
    assertEquals("Colonel Ivan Petrov: reports about the tanker Orion are a provocation",
        feed2.title());
    assertEquals("https://bnews.example/defence/1022", feed2.url());
  }
}
