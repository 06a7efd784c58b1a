package org.ackgap.classify;

import java.util.Set;

/**
 * Cuts folded words to rough stems for similarity, so "deployed" meets "deployment" and
 * "войска" meets "войсками". Deliberately light: it only has to make two texts about one claim
 * share more stems than two texts about different claims.
 */
final class Stems {

  private Stems() {}

  private static final String[] RU_ENDINGS = {
    "иями", "ями", "ами", "иях", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ия", "ие",
    "ий", "ая", "яя", "ое", "ее", "ой", "ей", "ый", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев",
    "ую", "юю", "ть", "ют", "ут", "ит", "ат", "ят", "ся", "ы", "и", "а", "я", "о", "е", "у", "ю",
    "ь", "й"
  };

  /** Words too common to say anything about which claim a text is about (EN and RU). */
  static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "has",
      "have", "had", "will", "would", "can", "could", "should", "do", "does", "did", "so", "if",
      "than", "then", "there", "here", "about", "after", "before", "into", "over", "up", "out",
      "who", "what", "which", "when", "where", "how", "all", "also", "just", "more", "most",
      "some", "such", "only", "other", "s", "t", "said", "says", "say", "new", "one", "two", "him",
      "them", "my", "me", "us", "your", "while", "very", "not", "no",
      "и", "в", "во", "на", "с", "со", "по", "к", "у", "о", "об", "от", "из", "за", "для", "что",
      "это", "как", "а", "но", "же", "ли", "бы", "то", "так", "его", "ее", "их", "он", "она",
      "они", "мы", "вы", "я", "не", "был", "была", "были", "быть", "есть", "при", "до", "после",
      "также", "этот", "эта", "эти", "того", "который", "которые", "которая");

  /** Returns the stem of a folded word. */
  static String of(String w) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    char first = w.charAt(0);
    if (first >= 'а' && first <= 'я') {
      for (String e : RU_ENDINGS) {
        if (w.endsWith(e) && n - e.length() >= 3) {
          return w.substring(0, n - e.length());
        }
      }
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("ing") && n > 5) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("ed") && n > 4) {
      return w.substring(0, n - (w.endsWith("eed") ? 1 : 2));
    }
    if (w.endsWith("ment") && n > 6) {
      return w.substring(0, n - 4);
    }
    if (w.endsWith("ly") && n > 5) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("es") && n > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("hes"))) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    if (w.endsWith("e") && n > 4) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** Returns whether a folded word carries content (not a stop word, not a lone character). */
  static boolean content(String w) {
    return w.length() > 1 && !STOP.contains(w);
  }
}
