package org.ackgap.ingest.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Measures how fast {@link ArticleFolder} reads: generates N articles of 3-5 KB, English and
 * Russian, in mixed formats (text, pages with clutter, RSS feeds of 10 items, JSON Lines and CSV
 * exports of 50 rows) in a temporary folder, then reads the folder a few times and prints
 * articles per second for the reading alone, by the wall clock and by the reading thread's CPU
 * time. Not a unit test: run it by hand.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.ackgap.ingest.article.ReadBench 20000
 * </pre>
 */
public final class ReadBench {

  private static final String[] EN = (
      "the ministry said on Monday that the tanker had been escorted to a port for inspection"
      + " officials declined to comment on reports of troops near the border according to"
      + " satellite images released by an independent monitoring group the government denied"
      + " any involvement and called the reports a provocation analysts said the statement"
      + " marked a shift in tone while diplomats in the capital urged restraint").split(" ");
  private static final String[] RU = (
      "министерство обороны заявило в понедельник что танкер был задержан для проверки"
      + " документов официальные лица отказались комментировать сообщения о войсках у границы"
      + " по данным независимой группы наблюдателей правительство опровергло причастность и"
      + " назвало сообщения провокацией эксперты отметили что заявление изменило тон").split(" ");

  /** CPU time, as the wall clock says little on a machine shared with other builds. */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ReadBench() {}

  /** Runs the benchmark: {@code [articles] [rounds]}, by default 10000 and 5. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path root = Files.createTempDirectory("ackgap-readbench");
    try {
      Path dir = root.resolve("articles");
      long bytes = generate(dir, n, new SplittableRandom(42));
      Outlets outlets = new Outlets(List.of("wire", "tass"),
          Map.of("wire", List.of("wire.example"), "tass", List.of("tass.ru")));
      System.out.printf(Locale.ROOT, "%d articles, %.1f MB in %s%n", n, bytes / 1e6, dir);
      for (int round = 1; round <= rounds; round++) {
        long[] counts = new long[2];
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        ArticleFolder.read(dir, outlets, r -> counts[r instanceof ArticleResult.Read ? 0 : 1]++);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (counts[1] > 0) {
          // A generated article that does not read would make the rate meaningless.
          throw new IllegalStateException(counts[1] + " generated articles were rejected");
        }
        System.out.printf(Locale.ROOT,
            "round %d: %d read, %d rejected in %.2f s: %.0f articles/s, %.1f MB/s;"
                + " %.2f s of CPU: %.0f articles/s of CPU%n",
            round, counts[0], counts[1], seconds, counts[0] / seconds, bytes / 1e6 / seconds,
            cpu, counts[0] / cpu);
      }
      byFormat(dir, outlets);
    } finally {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Prints the rate of each format alone in CPU time, reading its files once more. */
  private static void byFormat(Path dir, Outlets outlets) throws IOException {
    Map<String, long[]> perFormat = new java.util.TreeMap<>();
    for (String file : ArticleFolder.files(dir, r -> { })) {
      String ext = file.substring(file.lastIndexOf('.') + 1);
      long[] c = perFormat.computeIfAbsent(ext, k -> new long[2]);
      long start = THREADS.getCurrentThreadCpuTime();
      ArticleFolder.readFile(dir, file, outlets, ArticleFolder.DEFAULT_MAX_BYTES, r -> c[0]++);
      c[1] += THREADS.getCurrentThreadCpuTime() - start;
    }
    perFormat.forEach((ext, c) -> System.out.printf(Locale.ROOT,
        "  %-6s %6d articles: %.0f articles/s of CPU%n", ext, c[0], c[0] / (c[1] / 1e9)));
  }

  /** Writes n articles under {@code dir} and returns their total size in bytes. */
  static long generate(Path dir, int n, SplittableRandom random) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    int i = 0;
    int file = 0;
    while (i < n) {
      int kind = random.nextInt(100);
      String name = String.format(Locale.ROOT, "%02d/a%06d", file % 50, file);
      file++;
      String content;
      if (kind < 40) {
        content = text(random, i++);
        name += ".txt";
      } else if (kind < 65) {
        content = html(random, i++);
        name += ".html";
      } else if (kind < 85) {
        int items = Math.min(10, n - i);
        content = rss(random, i, items);
        i += items;
        name += ".rss";
      } else if (kind < 95) {
        int rows = Math.min(50, n - i);
        content = jsonl(random, i, rows);
        i += rows;
        name += ".jsonl";
      } else {
        int rows = Math.min(50, n - i);
        content = csv(random, i, rows);
        i += rows;
        name += ".csv";
      }
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      total += bytes.length;
    }
    return total;
  }

  private static String date(int i) {
    return LocalDate.of(2024, 1, 1).plusDays(i % 500).toString();
  }

  private static String paragraphs(SplittableRandom random, String separator) {
    boolean russian = random.nextInt(3) == 0;
    String[] words = russian ? RU : EN;
    int target = 3000 + random.nextInt(2000);
    StringBuilder out = new StringBuilder(target + 200);
    // Russian letters take two bytes each: half the characters make the same size.
    int chars = russian ? target * 6 / 10 : target;
    while (out.length() < chars) {
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        int length = 8 + random.nextInt(16);
        for (int w = 0; w < length; w++) {
          String word = words[random.nextInt(words.length)];
          out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
              .append(w == length - 1 ? ". " : " ");
        }
      }
      out.append(separator);
    }
    return out.toString();
  }

  private static String text(SplittableRandom random, int i) {
    return "source: wire\ndate: " + date(i) + "\nurl: https://wire.example/" + i
        + "\ntitle: Article " + i + "\n\n" + paragraphs(random, "\n\n");
  }

  private static String html(SplittableRandom random, int i) {
    String body = paragraphs(random, "</p>\n<p>");
    return "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Article " + i
        + " | The Wire</title><link rel='canonical' href='https://www.wire.example/" + i + "'>"
        + "<meta property='article:published_time' content='" + date(i) + "T10:00:00+03:00'>"
        + "<script>var x = 1;</script><style>p{}</style></head><body>"
        + "<header><nav><a href='/'>Home</a><a href='/world'>World</a></nav></header>"
        + "<div class='cookie-banner'>We use cookies <button>OK</button></div>"
        + "<main><article><h1>Article " + i + "</h1><p>" + body + "</p>"
        + "<div class='share'>Share</div></article>"
        + "<aside class='related'><ul><li><a href='/1'>Other</a></li></ul></aside></main>"
        + "<section id='comments'><p>Comment</p></section><footer>© The Wire</footer>"
        + "</body></html>";
  }

  private static String rss(SplittableRandom random, int first, int items) {
    StringBuilder out = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><rss version="
        + "'2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        + "<title>TASS</title><link>https://tass.ru/</link><language>ru</language>");
    for (int k = 0; k < items; k++) {
      int i = first + k;
      out.append("<item><title>Item ").append(i).append("</title><link>https://tass.ru/")
          .append(i).append("</link><pubDate>Tue, 04 Mar 2025 08:00:00 +0300</pubDate>")
          .append("<content:encoded><![CDATA[<p>").append(paragraphs(random, "</p><p>"))
          .append("</p>]]></content:encoded></item>");
    }
    return out.append("</channel></rss>").toString();
  }

  private static String jsonl(SplittableRandom random, int first, int rows) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < rows; k++) {
      int i = first + k;
      String text = paragraphs(random, "\\n\\n").replace("\"", "\\\"");
      out.append("{\"article_id\": \"j").append(i).append("\", \"url\": \"https://tass.ru/")
          .append(i).append("\", \"date\": \"").append(date(i)).append("\", \"title\": \"Row ")
          .append(i).append("\", \"text\": \"").append(text).append("\"}\n");
    }
    return out.toString();
  }

  private static String csv(SplittableRandom random, int first, int rows) {
    StringBuilder out = new StringBuilder("article_id,source_id,date,url,title,text\n");
    for (int k = 0; k < rows; k++) {
      int i = first + k;
      out.append('c').append(i).append(",wire,").append(date(i)).append(",https://wire.example/")
          .append(i).append(",Row ").append(i).append(",\"")
          .append(paragraphs(random, "\n\n").replace("\"", "\"\"")).append("\"\n");
    }
    return out.toString();
  }
}
