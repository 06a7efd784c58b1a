package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text and Markdown articles: header lines, then the body. */
class TextArticlesTest {

  @TempDir Path tmp;

  @Test
  void readsHeadersCaseInsensitivelyAndTheBodyAsParagraphs() {
    Article a = new Folder(tmp)
        .write("2025/wire-1.txt", "Source: wire\nDATE: 2025-03-05\nurl: https://wire.example/1\n"
            + "Title:  Orion   goes dark \nid: w1\nlanguage: en\nauthor: someone\n\n"
            + "First line\nof the first   paragraph.\n\n\n  \nSecond\tparagraph.\n")
        .only();
    assertEquals(new Article("w1", "2025/wire-1.txt", 0, "wire", LocalDate.of(2025, 3, 5),
        "https://wire.example/1", "Orion goes dark",
        "First line of the first paragraph.\n\nSecond paragraph.", "en"), a);
  }

  @Test
  void takesTheIdFromThePathWithoutExtensionWhenNoneIsGiven() {
    Article a = new Folder(tmp).write("ru/tass/2025-03-05.a.md",
        "source: tass\ndate: 2025-03-05\n\n# Heading\n\nText.").only();
    assertEquals("ru/tass/2025-03-05.a", a.id());
    assertEquals("ru/tass/2025-03-05.a.md", a.file());
    assertEquals("Heading\n\nText.", a.body());
  }

  @Test
  void readsAFirstLineThatIsNoKnownHeaderAsBody() {
    List<String> lines = new Folder(tmp)
        .write("a.txt", "Washington: the president said so.\n\nMore.").lines();
    assertEquals(List.of("rejected a.txt 0: outlet unknown: no `source` header and no `url`"
        + " header to take the outlet from; no date: expected a `date:` header line (e.g."
        + " `date: 2025-03-05`) before the first blank line"), lines);
  }

  @Test
  void startsTheBodyAtALineThatIsNoHeaderEvenWithoutABlankLine() {
    Article a = new Folder(tmp).write("a.txt", "source: wire\r\ndate: 2025-03-05\r\n"
        + "The body starts here.\r\nAnd goes on.\r\n").only();
    assertEquals("The body starts here. And goes on.", a.body());
  }

  @Test
  void readsMarkdownFrontMatter() {
    Article a = new Folder(tmp).write("a.md", "---\nsource: wire\ndate: 2025-03-05\n"
        + "title: Front\n---\n\nBody.").only();
    assertEquals("Front", a.title());
    assertEquals("Body.", a.body());
  }

  @Test
  void acceptsAByteOrderMark() {
    Article a = new Folder(tmp).write("a.txt", "\uFEFFsource: wire\ndate: 2025-03-05\n\nBody.")
        .only();
    assertEquals("wire", a.sourceId());
  }

  @Test
  void takesTheOutletFromTheUrlWhenNoSourceIsGiven() {
    Article a = new Folder(tmp).write("a.txt",
        "date: 2025-03-05\nurl: https://www.tass.ru/politika/1\n\nBody.").only();
    assertEquals("tass", a.sourceId());
  }

  @Test
  void rejectsAnUnknownSourceAndAnUnknownHost() {
    List<String> lines = new Folder(tmp)
        .write("a.txt", "source: foo\ndate: 2025-03-05\n\nBody.")
        .write("b.txt", "date: 2025-03-05\nurl: https://x.example/1\n\nBody.")
        .lines();
    assertEquals(List.of(
        "rejected a.txt 0: unknown source 'foo': no such source_id in sources.csv",
        "rejected b.txt 0: outlet unknown: no `source` header and no source's domains holds"
            + " host 'x.example'"), lines);
  }

  @Test
  void rejectsABadDateSayingWhatWasExpected() {
    ArticleResult.Rejected r = new Folder(tmp)
        .write("a.txt", "source: wire\ndate: 06/03/2025\n\nBody.").onlyReject();
    assertTrue(r.reason().startsWith("bad date '06/03/2025': expected yyyy-mm-dd"), r.reason());
  }

  @Test
  void rejectsAnArticleWithNoTitleAndNoText() {
    ArticleResult.Rejected r = new Folder(tmp)
        .write("a.txt", "source: wire\ndate: 2025-03-05\n\n \n").onlyReject();
    assertEquals("empty: no title and no text", r.reason());
  }

  @Test
  void rejectsABinaryFileNamedTxtAndReadsTheNextFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    List<String> lines = new Folder(tmp)
        .write("a.txt", png)
        .write("b.txt", "source: wire\ndate: 2025-03-05\n\nBody.")
        .lines();
    assertEquals(List.of("rejected a.txt 0: not text: binary content (NUL bytes)",
        "b 2025-03-05 wire b.txt 0"), lines);
  }

  @Test
  void rejectsAWindows1251FileSayingItIsNotUtf8() {
    byte[] cp1251 = "source: tass\ndate: 2025-03-05\n\nМинобороны сообщило."
        .getBytes(Charset.forName("windows-1251"));
    List<String> lines = new Folder(tmp)
        .write("a.txt", cp1251)
        .write("b.txt", "source: wire\ndate: 2025-03-05\n\nBody.")
        .lines();
    assertEquals(List.of("rejected a.txt 0: not UTF-8: byte 0xCC on line 4 is not valid UTF-8"
            + " (a legacy encoding such as Windows-1251?); save the file as UTF-8",
        "b 2025-03-05 wire b.txt 0"), lines);
  }

  @Test
  void readsAFiveMegabyteArticle() {
    StringBuilder body = new StringBuilder();
    String paragraph = "Как заявил полковник Иван Петров, танкер был задержан для проверки. "
        .repeat(20);
    while (body.length() < 3_000_000) {
      body.append(paragraph).append("\n\n");
    }
    Article a = new Folder(tmp)
        .write("big.txt", "source: tass\ndate: 2025-03-05\n\n" + body).only();
    assertTrue(a.body().getBytes(StandardCharsets.UTF_8).length > 5_000_000);
    assertTrue(a.body().endsWith("проверки."));
  }

  @Test
  void rejectsAFileOverTheSizeLimitWithoutReadingIt() {
    Folder folder = new Folder(tmp)
        .write("big.txt", "source: wire\ndate: 2025-03-05\n\n" + "x".repeat(2800))
        .write("small.txt", "source: wire\ndate: 2025-03-05\n\nBody.");
    folder.maxBytes = 2048;
    assertEquals(List.of("rejected big.txt 0: over the 2 KB size limit (2.8 KB)",
        "small 2025-03-05 wire small.txt 0"), folder.lines());
  }

  @Test
  void saysTheDefaultLimitInMegabytes() {
    assertEquals("20 MB", ArticleFolder.bytes(ArticleFolder.DEFAULT_MAX_BYTES));
    assertEquals("23.1 MB", ArticleFolder.bytes((long) (23.1 * 1024 * 1024)));
    assertEquals("100 bytes", ArticleFolder.bytes(100));
  }

  @Test
  void ignoresHiddenFilesAndOtherExtensions() {
    List<String> lines = new Folder(tmp)
        .write(".draft.txt", "source: wire\ndate: 2025-03-05\n\nBody.")
        .write(".git/x.txt", "source: wire\ndate: 2025-03-05\n\nBody.")
        .write("photo.jpg", new byte[] {0, 1, 2})
        .write("README", "notes")
        .write("a.TXT", "source: wire\ndate: 2025-03-05\n\nBody.")
        .lines();
    assertEquals(List.of("a 2025-03-05 wire a.TXT 0"), lines);
  }

  @Test
  void readsFilesInTheOrderOfTheirPathAtAnyDepth() {
    String text = "source: wire\ndate: 2025-03-05\n\nBody.";
    List<String> lines = new Folder(tmp)
        .write("b.txt", text).write("a/z.txt", text).write("a/b/c.txt", text).write("A.txt", text)
        .lines();
    assertEquals(List.of("A 2025-03-05 wire A.txt 0", "a/b/c 2025-03-05 wire a/b/c.txt 0",
        "a/z 2025-03-05 wire a/z.txt 0", "b 2025-03-05 wire b.txt 0"), lines);
  }

  @Test
  void rejectsASymbolicLinkInsteadOfFollowingIt() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "source: wire\ndate: 2025-03-05\n\nTOP-SECRET");
    Folder folder = new Folder(tmp);
    try {
      Files.createSymbolicLink(folder.dir.resolve("link.txt"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.assumeTrue(false, "no symbolic links here: " + e);
    }
    assertEquals(List.of("rejected link.txt 0: symbolic link: not followed; copy the file into"
        + " the articles folder"), folder.lines());
  }

  @Test
  void readsNoFileOutsideTheFolder() throws IOException {
    Files.writeString(tmp.resolve("secret.txt"), "source: wire\ndate: 2025-03-05\n\nSecret.");
    Folder folder = new Folder(tmp);
    List<ArticleResult> results = new ArrayList<>();
    ArticleFolder.readFile(folder.dir, "../secret.txt", Folder.OUTLETS, 1000, results::add);
    assertEquals(List.of(new ArticleResult.Rejected("../secret.txt", 0,
        "outside the articles folder: not read")), results);
  }
}
