package org.ackgap.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds many terms in a token stream in one pass. All terms form one character trie, word after
 * word with a separator edge between words (a wildcard word has its own separator, taken from any
 * node the token reaches): a token walks it from the root, collecting the terms whose last word
 * it completes, and goes on into the next token of the sentence where terms continue. Most tokens
 * fall off the trie after a character or two, the characters are read in place, and many terms
 * sharing a first word ("region 1" … "region 50") cost one walk, not one check each.
 *
 * <p>Hits come in text order; at one token, terms with an exact first word come first, then
 * those with a wildcard first word of three or more letters, then shorter ones, each in the
 * order they were added: the order cue evidence and matched-term lists have always been written in.
 *
 * @param <V> what each term stands for (a topic, a cue category)
 */
final class PhraseIndex<V> {

  /** One term found in a text. */
  record Hit<V>(Term term, V value, int start, int end) {}

  private static final int SHORT_PREFIX = 3;
  /** Trie edge between two words of a term; never a token character (tokens hold letters). */
  private static final char SEP = '\u0000';
  /** Trie edge after a wildcard word: the rest of the token is skipped, then the next word. */
  private static final char WILD = '\u0001';
  private static final int NONE = -1;

  private final List<Term> terms = new ArrayList<>();
  private final List<V> values = new ArrayList<>();
  /** Per entry, its precedence among the candidates of one token (group, then insertion). */
  private int[] order = new int[16];

  /** Trie: per node, the entries whose last word ends there, exact or as a wildcard's stem. */
  private int[][] exactAt = new int[16][];
  private int[][] prefixAt = new int[16][];
  private int nodes = 1;
  /** Children of the root for characters below {@link #DIRECT}, the common case. */
  private static final int DIRECT = 0x500;
  private final int[] rootChild = filled(DIRECT);
  /** Other edges: open addressing from (node, char) to child. */
  private long[] edgeKey = new long[64];
  private int[] edgeChild = new int[64];
  private int edges;

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  /** Files {@code term} under {@code value}. */
  void add(Term term, V value) {
    int e = terms.size();
    terms.add(term);
    values.add(value);
    String first = term.words()[0];
    boolean wild = term.prefix()[0];
    int group = !wild ? 0 : first.length() >= SHORT_PREFIX ? 1 : 2;
    if (e == order.length) {
      order = Arrays.copyOf(order, e * 2);
    }
    order[e] = (group << 24) | e;
    int node = 0;
    String[] words = term.words();
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        node = step(node, term.prefix()[w - 1] ? WILD : SEP);
      }
      for (int k = 0; k < words[w].length(); k++) {
        node = step(node, words[w].charAt(k));
      }
    }
    if (term.prefix()[words.length - 1]) {
      prefixAt[node] = append(prefixAt[node], e);
    } else {
      exactAt[node] = append(exactAt[node], e);
    }
  }

  private int step(int node, char c) {
    int child = child(node, c);
    if (child == NONE) {
      child = newNode();
      link(node, c, child);
    }
    return child;
  }

  private static int[] append(int[] a, int v) {
    if (a == null) {
      return new int[] {v};
    }
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  private int newNode() {
    if (nodes == exactAt.length) {
      exactAt = Arrays.copyOf(exactAt, nodes * 2);
      prefixAt = Arrays.copyOf(prefixAt, nodes * 2);
    }
    return nodes++;
  }

  private int child(int node, char c) {
    if (node == 0 && c < DIRECT) {
      return rootChild[c];
    }
    long key = ((long) node << 16) | c;
    int mask = edgeKey.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = edgeKey[i];
      if (k == 0) {
        return NONE;
      }
      if (k == key + 1) {
        return edgeChild[i];
      }
    }
  }

  private void link(int node, char c, int child) {
    if (node == 0 && c < DIRECT) {
      rootChild[c] = child;
      return;
    }
    if ((edges + 1) * 2 > edgeKey.length) {
      long[] oldKey = edgeKey;
      int[] oldChild = edgeChild;
      edgeKey = new long[oldKey.length * 2];
      edgeChild = new int[oldKey.length * 2];
      edges = 0;
      for (int i = 0; i < oldKey.length; i++) {
        if (oldKey[i] != 0) {
          put(oldKey[i], oldChild[i]);
        }
      }
    }
    // stored plus one, so that zero marks an empty slot
    put((((long) node << 16) | c) + 1, child);
  }

  private void put(long storedKey, int child) {
    int mask = edgeKey.length - 1;
    int i = slot(storedKey - 1, mask);
    while (edgeKey[i] != 0) {
      i = (i + 1) & mask;
    }
    edgeKey[i] = storedKey;
    edgeChild[i] = child;
    edges++;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Returns every occurrence of every term, in text order. */
  List<Hit<V>> find(Tokens t) {
    List<Hit<V>> hits = null;
    Walk w = new Walk(t);
    for (int i = 0; i < t.size(); i++) {
      w.found = 0;
      w.walk(0, i, t.sentence(i));
      if (w.found == 0) {
        continue;
      }
      sort(w.candidates, w.found);
      for (int c = 0; c < w.found; c++) {
        int e = w.candidates[c] & 0xFFFFFF;
        Term term = terms.get(e);
        if (hits == null) {
          hits = new ArrayList<>(4);
        }
        hits.add(new Hit<>(term, values.get(e), i, i + term.length()));
      }
    }
    return hits == null ? new ArrayList<>(0) : hits;
  }

  /** One search: the terms found to start at the current token. */
  private final class Walk {
    final Tokens t;
    final char[] chars;
    int[] candidates = new int[8];
    int found;

    Walk(Tokens t) {
      this.t = t;
      this.chars = t.chars();
    }

    /**
     * Matches token {@code i} from trie node {@code node}: collects the terms that end in it and
     * follows the terms that go on to the next token of the same sentence.
     */
    void walk(int node, int i, int sentence) {
      int to = t.end(i);
      boolean more = i + 1 < t.size() && t.sentence(i + 1) == sentence;
      for (int k = t.start(i); k < to; k++) {
        node = child(node, chars[k]);
        if (node == NONE) {
          return;
        }
        // the token starts with this node's word: wildcard words end here
        if (prefixAt[node] != null) {
          collect(prefixAt[node]);
        }
        if (more) {
          int next = child(node, WILD);
          if (next != NONE) {
            walk(next, i + 1, sentence);
          }
        }
      }
      if (exactAt[node] != null) {
        collect(exactAt[node]);
      }
      if (more) {
        int next = child(node, SEP);
        if (next != NONE) {
          walk(next, i + 1, sentence);
        }
      }
    }

    private void collect(int[] entries) {
      if (found + entries.length > candidates.length) {
        candidates = Arrays.copyOf(candidates, (found + entries.length) * 2);
      }
      for (int e : entries) {
        candidates[found++] = order[e];
      }
    }
  }

  private static void sort(int[] a, int n) {
    for (int i = 1; i < n; i++) {
      int v = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
}
