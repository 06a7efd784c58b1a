package org.ackgap.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an input folder of synthetic articles for benchmarks: the topics and sources of {@link
 * SyntheticInput} (sources with aliases and web domains) and N articles of 3-4 KB in JSON Lines
 * exports of 2,000 each (9 MB, under the 20 MB limit), a quarter in Russian, each with a few direct quotes and reported speech
 * by named speakers (and one unknown), some mentioning a topic's term. Deterministic.
 */
public final class SyntheticArticles {

  private static final String[] FILLER = {
      "officials", "the", "region", "on", "Tuesday", "after", "a", "week", "of", "shelling",
      "near", "the", "border", "while", "residents", "described", "damage", "to", "roads", "and",
      "power", "lines", "as", "repairs", "continued", "in", "several", "districts", "overnight"};
  private static final String[] FILLER_RU = {
      "власти", "в", "регионе", "идут", "работы", "по", "восстановлению", "дорог", "и", "линий",
      "электропередачи", "после", "обстрелов", "жители", "района", "ночью"};
  private static final String[] DAYS = {"on Monday", "on Tuesday", "on 3 December", "", ""};
  private static final int SOURCES = 40;
  private static final int PER_FILE = 2000;

  private SyntheticArticles() {}

  /** Writes topics.csv, sources.csv and articles/export-NNN.jsonl into {@code dir}. */
  public static void write(Path dir, int articles, int topics) throws IOException {
    new SyntheticInput(0, topics).write(dir);
    Files.delete(dir.resolve("statements.csv"));
    try (Writer w = Files.newBufferedWriter(dir.resolve("sources.csv"), StandardCharsets.UTF_8)) {
      w.write("source_id,name,actor,type,reliability,group,aliases,domains\n");
      for (int s = 0; s < SOURCES; s++) {
        String actor = s % 3 == 0 ? "RU" : s % 3 == 1 ? "US" : "UA";
        String type = s % 4 == 0 ? "state-media" : s % 4 == 1 ? "official" : "media";
        w.write(String.format(Locale.ROOT, "src-%02d,Source %d,%s,%s,0.6,,%s|%s*|Agency %d,"
            + "src%d.example%n", s, s, actor, type, surname(s), surnameRu(s), s, s));
      }
    }
    Path folder = Files.createDirectories(dir.resolve("articles"));
    SplittableRandom r = new SplittableRandom(20241218L);
    LocalDate start = LocalDate.of(2024, 10, 1);
    Writer out = null;
    try {
      for (int i = 0; i < articles; i++) {
        if (i % PER_FILE == 0) {
          if (out != null) {
            out.close();
          }
          out = Files.newBufferedWriter(folder.resolve(String.format(Locale.ROOT,
              "export-%03d.jsonl", i / PER_FILE)), StandardCharsets.UTF_8);
        }
        boolean russian = r.nextInt(4) == 0;
        int outlet = r.nextInt(SOURCES);
        JsonObject a = new JsonObject();
        a.addProperty("article_id", "a" + i);
        a.addProperty("url", "https://src" + outlet + ".example/news/" + i);
        a.addProperty("date", start.plusDays(r.nextInt(180)).toString());
        a.addProperty("title", russian ? "Новости региона " + i : "Regional news " + i);
        a.addProperty("text", body(r, russian, topics));
        out.write(a.toString());
        out.write('\n');
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
  }

  private static String body(SplittableRandom r, boolean russian, int topics) {
    StringBuilder b = new StringBuilder(4096);
    int paragraphs = 8 + r.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        b.append("\n\n");
      }
      int s = r.nextInt(SOURCES);
      String claim = r.nextInt(3) == 0
          ? (russian ? "операция " : "") + SyntheticInput.term(r.nextInt(topics)) : "the strikes";
      switch (p % 4) {
        case 1 -> b.append(russian
            ? "«Мы не комментируем " + claim + "», — заявил " + surnameRu(s) + ". "
            : "\"We have no information about " + claim + ",\" " + surname(s) + " said. ");
        case 2 -> b.append(russian
            ? surnameRu(s) + " сообщил, что " + claim + " продолжается. "
            : surname(s) + " said " + DAYS[r.nextInt(DAYS.length)] + " that " + claim
                + " had been confirmed. ");
        case 3 -> b.append(russian ? "По словам " + surnameRu(s) + "а, " + claim + " завершена. "
            : p == 3 ? "A spokesman for the Unknown Committee declined to comment. "
            : "According to Agency " + s + ", " + claim + " was under way. ");
        default -> { }
      }
      String[] words = russian ? FILLER_RU : FILLER;
      for (int k = 40 + r.nextInt(30); k > 0; k--) {
        b.append(words[r.nextInt(words.length)]).append(k % 13 == 0 ? ". " : " ");
      }
      b.setLength(b.length() - 1);
      b.append('.');
    }
    return b.toString();
  }

  private static String surname(int s) {
    return "Minister Kovalsk" + (char) ('a' + s % 26) + (s / 26 == 0 ? "" : "" + s / 26);
  }

  private static String surnameRu(int s) {
    return "Ковальск" + "абвгдежзиклмнопрстуфхцчшэюя".charAt(s % 26) + (s / 26 == 0 ? "" : "" + s / 26);
  }

  /** Usage: SyntheticArticles DIR ARTICLES [TOPICS]. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticArticles DIR ARTICLES [TOPICS]");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2])
        : 50);
  }
}
