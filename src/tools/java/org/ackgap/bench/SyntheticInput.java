package org.ackgap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a synthetic input folder of N statements for benchmarks and stress tests: T topics
 * with English and Russian terms, 40 sources, statements of about 360 bytes with quoted fields
 * holding commas, no coded stances. The same arguments always give the same bytes.
 *
 * <p>Usage: {@code java -cp target/ackgap.jar org.ackgap.bench.SyntheticInput DIR N [TOPICS]}
 */
public final class SyntheticInput {

  private static final String[] FILLER = {
      "officials", "said", "the", "region", "reported", "on", "Tuesday", "after", "a", "week",
      "of", "shelling", "near", "the", "border", "while", "residents", "described", "damage",
      "to", "roads", "and", "power", "lines", "according", "to", "local", "authorities", "who",
      "asked", "for", "patience", "as", "repairs", "continued", "in", "several", "districts"};
  private static final String[] FILLER_RU = {
      "власти", "сообщили", "что", "в", "регионе", "идут", "работы", "по",
      "восстановлению", "дорог", "и", "линий", "электропередачи", "после", "обстрелов"};
  private static final String[] CUES = {
      "confirmed that", "denied that", "called it a fake that", "declined to comment on whether",
      "reportedly said", "alleged that", "acknowledged that", "", "", "", ""};
  /** What Russian sources say: mostly denial, evasion or silence; acknowledgement is rare. */
  private static final String[] CUES_RU = {
      "denied that", "called it a fake that", "declined to comment on whether"};
  private static final String[] TYPES = {
      "state-media", "official", "government", "military", "intelligence", "think-tank",
      "media", "ngo", "other"};

  private final int statements;
  private final int topics;

  /** Creates a generator of {@code statements} statements over {@code topics} topics. */
  public SyntheticInput(int statements, int topics) {
    if (statements < 0 || topics < 1) {
      throw new IllegalArgumentException("need statements >= 0 and topics >= 1");
    }
    this.statements = statements;
    this.topics = topics;
  }

  /** Returns the term of topic {@code t}: a made-up word unlikely to occur by chance. */
  static String term(int t) {
    return "operation " + word(t);
  }

  private static String word(int t) {
    StringBuilder b = new StringBuilder();
    int x = t + 7;
    String[] syllables = {"ka", "ro", "vel", "tin", "mar", "sul", "dor", "pek"};
    do {
      b.append(syllables[x % syllables.length]);
      x /= syllables.length;
    } while (x > 0);
    return b.append("ix").toString();
  }

  /** Writes topics.csv, sources.csv and statements.csv into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Writer w = writer(dir.resolve("topics.csv"))) {
      w.write("topic_id,title,claim,subjects,terms,context_terms\n");
      for (int t = 0; t < topics; t++) {
        String id = String.format(Locale.ROOT, "topic-%03d", t);
        w.write(id + ",\"Operation " + word(t) + ", topic " + t + "\",\"Country RU ran "
            + term(t) + ", officials say\",RU;KP," + term(t) + "|операци* " + word(t)
            + "|" + word(t) + "-force*,region " + t + "|регион " + t + "\n");
      }
    }
    try (Writer w = writer(dir.resolve("sources.csv"))) {
      w.write("source_id,name,actor,type,reliability,group\n");
      for (int s = 0; s < 40; s++) {
        String actor = s % 3 == 0 ? "RU" : s % 3 == 1 ? "US" : "UA";
        w.write(String.format(Locale.ROOT, "src-%02d,\"Source %d, %s\",%s,%s,%.2f,%s%n", s, s,
            actor, actor, TYPES[s % TYPES.length], 0.3 + (s % 7) / 10.0,
            s % 5 == 0 ? "grp-" + (s / 10) : ""));
      }
    }
    SplittableRandom random = new SplittableRandom(20241217L);
    LocalDate start = LocalDate.of(2024, 10, 1);
    try (Writer w = writer(dir.resolve("statements.csv"))) {
      w.write("statement_id,date,source_id,topic_id,text,url\n");
      StringBuilder text = new StringBuilder(512);
      for (int i = 0; i < statements; i++) {
        text.setLength(0);
        boolean russian = random.nextInt(4) == 0;
        int mentions = random.nextInt(10) < 6 ? 1 : random.nextInt(3);
        List<Integer> mentioned = new ArrayList<>();
        for (int m = 0; m < mentions; m++) {
          mentioned.add(random.nextInt(topics));
        }
        int source = random.nextInt(40);
        int words = 26 + random.nextInt(14);
        int at = random.nextInt(words);
        for (int k = 0; k < words; k++) {
          if (k == at) {
            String[] cues = source % 3 == 0 && (mentioned.isEmpty() || mentioned.get(0) % 10 != 0)
                ? CUES_RU : CUES;
            text.append(cues[random.nextInt(cues.length)]).append(' ');
            for (int t : mentioned) {
              text.append(russian ? "операция " + word(t) : term(t)).append(", ");
            }
          }
          String[] pool = russian ? FILLER_RU : FILLER;
          text.append(pool[random.nextInt(pool.length)]);
          text.append(random.nextInt(12) == 0 ? ", " : " ");
        }
        text.append("region ").append(random.nextInt(topics)).append('.');
        w.write(String.format(Locale.ROOT, "st%07d,%s,src-%02d,,\"%s\",https://example.org/%d%n",
            i, start.plusDays(random.nextInt(240)), source, text, i));
      }
    }
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes a synthetic input folder: {@code DIR N [TOPICS]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticInput DIR N [TOPICS]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[1]);
    int t = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    new SyntheticInput(n, t).write(Path.of(args[0]));
  }
}
