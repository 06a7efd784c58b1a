package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trie search against the plain definition: every term that {@link Term#matchesAt} a token,
 * in text order, and at one token exact first words first, then wildcard first words of three or
 * more letters, then shorter ones, each in the order added.
 */
class PhraseIndexTest {

  private static List<String> expected(List<Term> terms, Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      List<Integer> at = new ArrayList<>();
      for (int e = 0; e < terms.size(); e++) {
        if (terms.get(e).matchesAt(t, i)) {
          at.add(e);
        }
      }
      at.sort(Comparator.comparingInt((Integer e) -> group(terms.get(e))).thenComparingInt(e -> e));
      for (int e : at) {
        out.add(e + "@" + i + "-" + (i + terms.get(e).length()));
      }
    }
    return out;
  }

  private static int group(Term t) {
    return !t.prefix()[0] ? 0 : t.words()[0].length() >= 3 ? 1 : 2;
  }

  private static List<String> actual(PhraseIndex<Integer> index, Tokens t) {
    PhraseIndex.Hits h = index.find(t);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < h.size(); k++) {
      out.add(index.value(h.entry(k)) + "@" + h.start(k) + "-" + h.end(k));
    }
    return out;
  }

  @Test
  void findsWhatThePlainDefinitionFinds() {
    String[] vocab = {"a", "ab", "abc", "abd", "b", "ba", "north", "korean", "troops", "kor",
        "военн", "военные", "кндр", "ёлка", "елка", "x1", "1", "日本", "日本語", "o'brien", "won't",
        "didn't", "région", "ǅ"};
    SplittableRandom r = new SplittableRandom(5);
    int found = 0;
    for (int round = 0; round < 300; round++) {
      List<Term> terms = new ArrayList<>();
      PhraseIndex<Integer> index = new PhraseIndex<>();
      int n = 1 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        StringBuilder p = new StringBuilder();
        int words = 1 + r.nextInt(3);
        for (int w = 0; w < words; w++) {
          String v = vocab[r.nextInt(vocab.length)];
          if (r.nextInt(3) == 0 && v.length() > 1) {
            v = v.substring(0, 1 + r.nextInt(v.length() - 1)) + "*";
          }
          p.append(w == 0 ? "" : " ").append(v);
        }
        Term t = Term.parse(p.toString());
        if (t != null) {
          terms.add(t);
          index.add(t, terms.size() - 1);
        }
      }
      for (int text = 0; text < 20; text++) {
        StringBuilder s = new StringBuilder();
        int words = r.nextInt(15);
        for (int w = 0; w < words; w++) {
          s.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(6) == 0 ? ". " : " ");
        }
        Tokens t = Tokens.of(s.toString());
        List<String> want = expected(terms, t);
        assertEquals(want, actual(index, t), terms + " in " + s);
        found += want.size();
      }
    }
    assertTrue(found > 2000, "too few hits to test anything: " + found);
  }
}
