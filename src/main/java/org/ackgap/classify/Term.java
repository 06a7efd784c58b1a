package org.ackgap.classify;

import java.util.Arrays;

/**
 * One phrase in SPEC §2 term syntax, folded: words matched on word boundaries, where a word ending
 * in {@code *} matches any word that starts with it ({@code северокорейск*}).
 *
 * @param text the phrase as written, for evidence
 * @param words the folded words, without the {@code *}
 * @param prefix for each word, whether it matches any ending
 */
record Term(String text, String[] words, boolean[] prefix) {

  Term {
    if (words.length == 0 || words.length != prefix.length) {
      throw new IllegalArgumentException("a term needs at least one word, got '" + text + "'");
    }
  }

  /** Parses one phrase; returns null when it holds no word at all (say, a lone "*"). */
  static Term parse(String phrase) {
    String raw = phrase.strip();
    // A '*' glued to a word marks it; fold each '*'-separated piece so "бое*" stays a prefix.
    java.util.List<String> words = new java.util.ArrayList<>();
    java.util.List<Boolean> wild = new java.util.ArrayList<>();
    for (String chunk : raw.split("\\s+")) {
      boolean star = chunk.endsWith("*");
      String[] parts = Tokens.of(chunk.replace("*", " ")).words();
      for (int i = 0; i < parts.length; i++) {
        words.add(parts[i]);
        wild.add(star && i == parts.length - 1);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    boolean[] p = new boolean[wild.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = wild.get(i);
    }
    return new Term(raw, words.toArray(new String[0]), p);
  }

  /** Returns whether the term starts at token {@code at} within one sentence. */
  boolean matchesAt(Tokens t, int at) {
    if (at + words.length > t.size()) {
      return false;
    }
    int s = t.sentence(at);
    for (int k = 0; k < words.length; k++) {
      if (t.sentence(at + k) != s) {
        return false;
      }
      if (prefix[k] ? !t.startsWith(at + k, words[k]) : !t.is(at + k, words[k])) {
        return false;
      }
    }
    return true;
  }

  int length() {
    return words.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term other && text.equals(other.text) && Arrays.equals(words, other.words)
        && Arrays.equals(prefix, other.prefix);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return text;
  }
}
