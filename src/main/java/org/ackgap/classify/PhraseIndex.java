package org.ackgap.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many terms in a token stream in one pass: each term is filed under its first word (or,
 * for a wildcard first word, under that word's first three letters), so a token costs two map
 * look-ups however many terms there are.
 *
 * @param <V> what each term stands for (a topic, a cue category)
 */
final class PhraseIndex<V> {

  /** One term found in a text. */
  record Hit<V>(Term term, V value, int start, int end) {}

  private record Entry<V>(Term term, V value) {}

  private static final int KEY = 3;

  private final Map<String, List<Entry<V>>> exact = new HashMap<>();
  private final Map<Long, List<Entry<V>>> byPrefix = new HashMap<>();
  private final List<Entry<V>> shortPrefix = new ArrayList<>();

  /** Files {@code term} under {@code value}. */
  void add(Term term, V value) {
    Entry<V> e = new Entry<>(term, value);
    String first = term.words()[0];
    if (!term.prefix()[0]) {
      exact.computeIfAbsent(first, k -> new ArrayList<>(2)).add(e);
    } else if (first.length() >= KEY) {
      byPrefix.computeIfAbsent(key(first), k -> new ArrayList<>(2)).add(e);
    } else {
      shortPrefix.add(e);
    }
  }

  boolean isEmpty() {
    return exact.isEmpty() && byPrefix.isEmpty() && shortPrefix.isEmpty();
  }

  /** Returns every occurrence of every term, in text order. */
  List<Hit<V>> find(Tokens t) {
    List<Hit<V>> hits = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String w = t.word(i);
      collect(exact.get(w), t, i, hits);
      if (w.length() >= KEY && !byPrefix.isEmpty()) {
        collect(byPrefix.get(key(w)), t, i, hits);
      }
      collect(shortPrefix, t, i, hits);
    }
    return hits;
  }

  /** Packs a word's first three characters, so a look-up allocates no substring. */
  private static Long key(String w) {
    return ((long) w.charAt(0) << 32) | ((long) w.charAt(1) << 16) | w.charAt(2);
  }

  private void collect(List<Entry<V>> entries, Tokens t, int i, List<Hit<V>> hits) {
    if (entries == null) {
      return;
    }
    for (Entry<V> e : entries) {
      if (e.term().matchesAt(t, i)) {
        hits.add(new Hit<>(e.term(), e.value(), i, i + e.term().length()));
      }
    }
  }
}
