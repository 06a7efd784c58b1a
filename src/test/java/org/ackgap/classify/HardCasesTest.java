package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ackgap.Stance;
import org.ackgap.score.Confusion;
import org.ackgap.Topic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Scores the classifier on the hard cases of issue 17 ({@code hard-cases.csv}): real public
 * statements of fourteen stories (MH17, Nord Stream, Wagner, Iranian drones, the Crimean bridge,
 * the Chinese balloon, Navalny, Skripal, Prigozhin's plane, PS752, the Kursk submarine, Crimea in
 * 2014), in English and Russian, labelled before the rules were written: non-confirmations,
 * admissions in other words, denials by an alternative account, cues that flip with their target,
 * and "no information" with a counter-claim. Prints per-language macro-F1, per kind accuracy and
 * every miss; fails when a language falls below its floor.
 */
class HardCasesTest {

  /**
   * Below the measurements after the rules of issue 17, with the job's safeguard applied (en
   * 0.947, ru 0.944; 0.986 and 0.978 at the very first run, without it): the rules were written
   * with these cases in view, so the blind set below is the honest estimate.
   */
  static final double FLOOR_EN = 0.90;
  static final double FLOOR_RU = 0.90;

  record Case(String id, String language, String kind, boolean subject, Topic topic, String text,
      Stance gold) {}

  /**
   * The job's safeguard (job.PositionMaker.CLEAR_ACKNOWLEDGEMENT): a subject-side affirm below
   * this confidence is too weak to count as an acknowledgement and is read as discuss. Applied
   * here so an admission counts only if it would count in gap_scores.csv.
   */
  static final double CLEAR_ACKNOWLEDGEMENT = 0.6;

  /**
   * The blind set, below its first run (en 0.622, ru 0.583; one generic rule later, and with the
   * safeguard, en 0.613, ru 0.653).
   */
  static final double BLIND_FLOOR_EN = 0.60;
  static final double BLIND_FLOOR_RU = 0.55;

  static List<Case> cases(String file) throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = HardCasesTest.class.getResourceAsStream(file);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r)) {
        Topic t = new Topic(rec.get("topic"), rec.get("topic"), rec.get("claim"),
            List.of(rec.get("subjects").split(";")),
            List.of(rec.get("terms").split("\\|")), List.of(rec.get("context_terms").split("\\|")));
        out.add(new Case(rec.get("id"), rec.get("language"), rec.get("kind"),
            rec.get("side").equals("subject"), t, rec.get("text"),
            Stance.valueOf(rec.get("expected").toUpperCase(Locale.ROOT))));
      }
    }
    return out;
  }

  @Test
  void englishMacroF1StaysAboveFloor() throws IOException {
    score("hard-cases.csv", "en", FLOOR_EN);
  }

  @Test
  void russianMacroF1StaysAboveFloor() throws IOException {
    score("hard-cases.csv", "ru", FLOOR_RU);
  }

  /**
   * {@code hard-cases-blind.csv}: 23 statements of six further stories (Navalny's death, Bucha,
   * Iranian missiles, Wagner in the Central African Republic, the 2023 bridge attack, the Buk in
   * 2014), written after the rules and never used to change them.
   */
  @Test
  void blindEnglishMacroF1StaysAboveFloor() throws IOException {
    score("hard-cases-blind.csv", "en", BLIND_FLOOR_EN);
  }

  @Test
  void blindRussianMacroF1StaysAboveFloor() throws IOException {
    score("hard-cases-blind.csv", "ru", BLIND_FLOOR_RU);
  }

  private static void score(String file, String language, double floor) throws IOException {
    StanceClassifier c = Classifiers.classifier();
    Confusion m = new Confusion();
    java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
    StringBuilder misses = new StringBuilder();
    int n = 0;
    for (Case cs : cases(file)) {
      if (!cs.language().equals(language)) {
        continue;
      }
      n++;
      Judgement j = c.classify(cs.topic(), cs.text());
      if (cs.subject() && j.stance() == Stance.AFFIRM && j.confidence() < CLEAR_ACKNOWLEDGEMENT) {
        j = new Judgement(Stance.DISCUSS, j.confidence(),
            j.evidence() + "; too weak to count as an acknowledgement");
      }
      m.add(cs.gold(), j.stance());
      int[] kc = byKind.computeIfAbsent(cs.kind(), x -> new int[2]);
      kc[1]++;
      if (j.stance() == cs.gold()) {
        kc[0]++;
      } else {
        misses.append(String.format(Locale.ROOT, "  %s %-15s %-7s -> %-7s %s%n      %s%n",
            cs.id(), cs.kind(), cs.gold(), j.stance(), cs.text(), j.evidence()));
      }
    }
    StringBuilder table = StanceScores.table(String.format(Locale.ROOT, "%s (%s), %d statements",
        file, language, n), m);
    double macro = 0;
    int classes = 0;
    for (Stance s : Stance.values()) {
      // a class neither coded nor predicted (no "none" in the blind set) is left out
      if (StanceScores.seen(m, s)) {
        macro += m.f1(s);
        classes++;
      }
    }
    macro /= Math.max(1, classes);
    table.append(String.format(Locale.ROOT, "  macro-F1 %.4f%n  by kind:", macro));
    byKind.forEach((kind, kc) -> table.append(String.format(Locale.ROOT, " %s %d/%d;", kind,
        kc[0], kc[1])));
    table.append('\n');
    System.out.print(table);
    System.out.print("misses:\n" + misses);
    assertTrue(macro >= floor, String.format(Locale.ROOT, "%s (%s): macro-F1 %.4f < %.2f",
        file, language, macro, floor));
  }
}
