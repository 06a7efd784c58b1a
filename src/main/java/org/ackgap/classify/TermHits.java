package org.ackgap.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The claim terms of one topic found in one text, every occurrence, in {@link PhraseIndex} order:
 * what the stance rules read. The matcher finds them for every topic at once and leaves them on
 * the statement's tokens ({@link Tokens#matched}), so the classifier need not search again.
 */
final class TermHits {

  static final TermHits EMPTY = new TermHits(0);

  private int size;
  private int[] span;
  private String[] name;

  TermHits(int capacity) {
    span = new int[capacity * 2];
    name = new String[capacity];
  }

  /** Returns the hits of {@code index} (whose values are the terms as written). */
  static TermHits of(PhraseIndex<String> index, PhraseIndex.Hits hits) {
    if (hits.size() == 0) {
      return EMPTY;
    }
    TermHits out = new TermHits(hits.size());
    for (int h = 0; h < hits.size(); h++) {
      out.add(hits.start(h), hits.end(h), index.value(hits.entry(h)));
    }
    return out;
  }

  void add(int start, int end, String term) {
    if (this == EMPTY) {
      throw new IllegalStateException("EMPTY is shared");
    }
    if (size == name.length) {
      int grown = Math.max(4, size * 2);
      span = Arrays.copyOf(span, grown * 2);
      name = Arrays.copyOf(name, grown);
    }
    span[size * 2] = start;
    span[size * 2 + 1] = end;
    name[size++] = term;
  }

  int size() {
    return size;
  }

  /** Returns the first token of hit {@code h}. */
  int start(int h) {
    return span[h * 2];
  }

  /** Returns the token after hit {@code h}. */
  int end(int h) {
    return span[h * 2 + 1];
  }

  /** Returns the term of hit {@code h}, as written. */
  String name(int h) {
    return name[h];
  }

  /** Returns the distinct terms, as written, in the order first found. */
  List<String> names() {
    List<String> out = new ArrayList<>(Math.min(size, 4));
    for (int h = 0; h < size; h++) {
      if (!out.contains(name[h])) {
        out.add(name[h]);
      }
    }
    return out;
  }
}
