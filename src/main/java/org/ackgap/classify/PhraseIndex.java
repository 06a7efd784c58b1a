package org.ackgap.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * <p>Terms are added to a plain trie; the first search compiles it into a double-array trie over
 * the index's own alphabet, so that a step is a table look-up and two adjacent array reads, with
 * no hashing: every token of every statement takes at least one step, most take several.
 *
 * @param <V> what each term stands for (a topic, a cue category)
 */
final class PhraseIndex<V> {

  /** The terms found in one text, in the order above: entry, first token, token after. */
  static final class Hits {

    static final Hits EMPTY = new Hits(0);

    private int[] data;
    private int size;

    private Hits(int capacity) {
      data = new int[capacity * 3];
    }

    private void add(int entry, int start, int end) {
      if (size * 3 == data.length) {
        data = Arrays.copyOf(data, Math.max(12, data.length * 2));
      }
      data[size * 3] = entry;
      data[size * 3 + 1] = start;
      data[size * 3 + 2] = end;
      size++;
    }

    int size() {
      return size;
    }

    /** Returns which term (in the order they were added) hit {@code h} is. */
    int entry(int h) {
      return data[h * 3];
    }

    int start(int h) {
      return data[h * 3 + 1];
    }

    int end(int h) {
      return data[h * 3 + 2];
    }
  }

  private static final int SHORT_PREFIX = 3;
  /** Trie edge between two words of a term; never a token character (tokens hold letters). */
  private static final char SEP = '\u0000';
  /** Trie edge after a wildcard word: the rest of the token is skipped, then the next word. */
  private static final char WILD = '\u0001';

  private final List<Term> terms = new ArrayList<>();
  private final List<V> values = new ArrayList<>();
  /** Per entry, its precedence among the candidates of one token (group, then insertion). */
  private int[] order = new int[16];

  /**
   * The trie as built: per node, its edges and the entries whose last word ends there; dropped
   * once compiled, so that a large index is not held twice.
   */
  private List<Node> nodes = new ArrayList<>(List.of(new Node()));
  /** The trie as searched, built from {@link #nodes} on the first search. */
  private volatile Compiled compiled;

  private static final class Node {
    char[] edge = new char[0];
    int[] child = new int[0];
    int[] exact;
    int[] prefix;

    int child(char c) {
      for (int k = 0; k < edge.length; k++) {
        if (edge[k] == c) {
          return child[k];
        }
      }
      return -1;
    }
  }

  /** Files {@code term} under {@code value}; only before the first search. */
  void add(Term term, V value) {
    if (nodes == null) {
      throw new IllegalStateException("terms are added before the first search");
    }
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
    Node n = nodes.get(node);
    if (term.prefix()[words.length - 1]) {
      n.prefix = append(n.prefix, e);
    } else {
      n.exact = append(n.exact, e);
    }
  }

  private int step(int node, char c) {
    Node n = nodes.get(node);
    int child = n.child(c);
    if (child < 0) {
      child = nodes.size();
      nodes.add(new Node());
      n.edge = Arrays.copyOf(n.edge, n.edge.length + 1);
      n.edge[n.edge.length - 1] = c;
      n.child = append(n.child, child);
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

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Returns term {@code entry}, in the order they were added. */
  Term term(int entry) {
    return terms.get(entry);
  }

  /** Returns what term {@code entry} stands for. */
  V value(int entry) {
    return values.get(entry);
  }

  /** Returns every occurrence of every term, in text order. */
  Hits find(Tokens t) {
    int size = t.size();
    if (terms.isEmpty() || size == 0) {
      return Hits.EMPTY;
    }
    Compiled trie = compiled;
    if (trie == null) {
      trie = compile();
    }
    Walk w = null;
    int[] cell = trie.cell;
    char[] low = trie.low;
    char[] chars = t.chars();
    int[] offset = t.offsets();
    int rootBase = cell[0] >> FLAG_BITS;
    for (int i = 0; i < size; i++) {
      // the token's first word from the root, in line, with the walk allocated at the first
      // term: most tokens leave the trie after a step or two and start no term
      int k = offset[i];
      int to = offset[i + 1];
      int node = 0;
      int base = rootBase;
      int v = 0;
      boolean whole = true;
      do {
        char ch = chars[k];
        int c = ch < low.length ? low[ch] : trie.high(ch);
        int next = base + c;
        if (c == 0 || cell[next * 2 + 1] != node) {
          whole = false;
          break;
        }
        node = next;
        v = cell[node * 2];
        base = v >> FLAG_BITS;
        if ((v & (HAS_PREFIX | HAS_WILD)) != 0) {
          if (w == null) {
            w = new Walk(trie, t);
          }
          w.from = i;
          if ((v & HAS_PREFIX) != 0) {
            w.collect(trie.prefix[node]);
          }
          if ((v & HAS_WILD) != 0) {
            w.push(base + WILD_CODE, i);
          }
        }
      } while (++k < to);
      if (whole && (v & (HAS_EXACT | HAS_SEP)) != 0) {
        if (w == null) {
          w = new Walk(trie, t);
        }
        w.from = i;
        if ((v & HAS_EXACT) != 0) {
          w.collect(trie.exact[node]);
        }
        if ((v & HAS_SEP) != 0) {
          w.push(base + SEP_CODE, i);
        }
      }
      if (w != null) {
        w.drain();
        if (w.hits.size - w.segment > 1) {
          sort(w.hits, w.segment, trie.order);
        }
        w.segment = w.hits.size;
      }
    }
    return w == null || w.hits.size == 0 ? Hits.EMPTY : w.hits;
  }

  private synchronized Compiled compile() {
    Compiled c = compiled;
    if (c == null) {
      c = new Compiled(nodes, terms, order);
      compiled = c;
      nodes = null;
    }
    return c;
  }

  /** Low bits of a cell's first int: what the node holds. */
  private static final int FLAG_BITS = 4;
  private static final int HAS_PREFIX = 1;
  private static final int HAS_EXACT = 2;
  private static final int HAS_WILD = 4;
  private static final int HAS_SEP = 8;
  /** Alphabet codes of the two separators; letters start after them, 0 is "not in any term". */
  private static final int SEP_CODE = 1;
  private static final int WILD_CODE = 2;

  /**
   * A double-array trie: node {@code s} reaches its child by code {@code c} at slot {@code
   * base(s) + c}, which is that child when the slot's check holds {@code s}. Slot {@code s} is
   * {@code cell[2s]} = base &lt;&lt; {@link #FLAG_BITS} | flags and {@code cell[2s + 1]} = check
   * (the parent), so a step reads one pair. Immutable.
   */
  private static final class Compiled {
    private static final int FREE = -1;
    /** Codes of characters below {@code low.length}; others are looked up in {@link #high}. */
    final char[] low;
    final char[] high;
    final char[] highCode;
    final int[] cell;
    final int[][] exact;
    final int[][] prefix;
    /** Per entry, how many tokens its term spans. */
    final int[] length;
    /** Per entry, its precedence among the candidates of one token. */
    final int[] order;

    Compiled(List<Node> nodes, List<Term> terms, int[] order) {
      this.order = Arrays.copyOf(order, terms.size());
      // the alphabet: every character on an edge, in character order (a loop over the few set
      // bits, not over all 65536 characters: that loop alone got the JIT to compile this twice)
      BitSet seen = new BitSet();
      for (Node n : nodes) {
        for (char ch : n.edge) {
          if (ch != SEP && ch != WILD) {
            seen.set(ch);
          }
        }
      }
      int lowSize = seen.nextSetBit(0x80) >= 0 && seen.nextSetBit(0x80) < 0x500 ? 0x500 : 0x80;
      int highCount = seen.get(lowSize, Character.MAX_VALUE + 1).cardinality();
      low = new char[lowSize];
      high = new char[highCount];
      highCode = new char[highCount];
      int code = WILD_CODE + 1;
      int h = 0;
      for (int ch = seen.nextSetBit(0); ch >= 0; ch = seen.nextSetBit(ch + 1)) {
        if (ch < lowSize) {
          low[ch] = (char) code++;
        } else {
          high[h] = (char) ch;
          highCode[h++] = (char) code++;
        }
      }
      int maxCode = code - 1;

      // place the nodes breadth first, each one's children at the first base where all fit,
      // trying only bases that put the smallest code on a free slot (a list of them, in order)
      Slots slots = new Slots(maxCode);
      int[] slotOf = new int[nodes.size()];
      slots.take(0, Integer.MIN_VALUE); // the root: nobody's child
      int[] queue = new int[nodes.size()];
      int queued = 1;
      for (int q = 0; q < queued; q++) {
        int n = queue[q];
        Node node = nodes.get(n);
        int slot = slotOf[n];
        int k = node.edge.length;
        if (k == 0) {
          continue;
        }
        int[] codes = new int[k];
        for (int j = 0; j < k; j++) {
          char ch = node.edge[j];
          codes[j] = ch == SEP ? SEP_CODE : ch == WILD ? WILD_CODE : ch < low.length ? low[ch]
              : high(ch);
        }
        int b = slots.fit(codes);
        slots.base[slot] = b;
        for (int j = 0; j < k; j++) {
          int s = b + codes[j];
          slots.take(s, slot);
          slotOf[node.child[j]] = s;
          queue[queued++] = node.child[j];
        }
      }
      int[] base = slots.base;
      int[] check = slots.check;
      int top = slots.top;
      // every look-up, from any node by any code, must land inside the arrays
      int size = Math.max(top, Arrays.stream(base).max().getAsInt()) + maxCode + 1;
      cell = new int[size * 2];
      exact = new int[size][];
      prefix = new int[size][];
      for (int s = 0; s < size; s++) {
        cell[s * 2 + 1] = s < check.length ? check[s] : FREE;
      }
      for (int n = 0; n < nodes.size(); n++) {
        Node node = nodes.get(n);
        int s = slotOf[n];
        int flags = (node.prefix != null ? HAS_PREFIX : 0) | (node.exact != null ? HAS_EXACT : 0)
            | (node.child(WILD) >= 0 ? HAS_WILD : 0) | (node.child(SEP) >= 0 ? HAS_SEP : 0);
        cell[s * 2] = (base[s] << FLAG_BITS) | flags;
        exact[s] = node.exact;
        prefix[s] = node.prefix;
      }
      length = new int[terms.size()];
      for (int e = 0; e < length.length; e++) {
        length[e] = terms.get(e).length();
      }
    }

    /**
     * The slots of a double-array trie being built, with the free ones in a list, in order. A
     * free slot that has been tried many times as the place of a node's smallest code, and did
     * not fit, leaves the list (it stays free for other codes): without that, every node would
     * scan again the holes that the nodes with many children leave near the start.
     */
    private static final class Slots {
      private static final int TRIES = 16;
      final int maxCode;
      int[] base = new int[0];
      int[] check = new int[0];
      /** The listed slots after and before each listed slot, -1 at the ends. */
      int[] next = new int[0];
      int[] prev = new int[0];
      byte[] tried = new byte[0];
      boolean[] listed = new boolean[0];
      int first = -1;
      int last = -1;
      /** The highest slot taken. */
      int top;

      Slots(int maxCode) {
        this.maxCode = maxCode;
        grow(64);
      }

      /** Makes slots up to {@code size} exist, the new ones free and listed. */
      void grow(int size) {
        int old = check.length;
        if (size <= old) {
          return;
        }
        size = Math.max(size, old * 2);
        base = Arrays.copyOf(base, size);
        check = Arrays.copyOf(check, size);
        next = Arrays.copyOf(next, size);
        prev = Arrays.copyOf(prev, size);
        tried = Arrays.copyOf(tried, size);
        listed = Arrays.copyOf(listed, size);
        for (int s = old; s < size; s++) {
          check[s] = FREE;
          listed[s] = true;
          prev[s] = last;
          next[s] = -1;
          if (last >= 0) {
            next[last] = s;
          } else {
            first = s;
          }
          last = s;
        }
      }

      private void unlist(int s) {
        listed[s] = false;
        if (prev[s] >= 0) {
          next[prev[s]] = next[s];
        } else {
          first = next[s];
        }
        if (next[s] >= 0) {
          prev[next[s]] = prev[s];
        } else {
          last = prev[s];
        }
      }

      /** Makes slot {@code s} a child of {@code parent}. */
      void take(int s, int parent) {
        grow(s + 1);
        check[s] = parent;
        if (listed[s]) {
          unlist(s);
        }
        top = Math.max(top, s);
      }

      /** Returns a base at which every one of {@code codes} lands on a free slot. */
      int fit(int[] codes) {
        int min = codes[0];
        for (int c : codes) {
          min = Math.min(min, c);
        }
        if (first < 0) {
          grow(check.length + 1);
        }
        for (int f = first; ; ) {
          int b = f - min;
          if (b >= 0) {
            grow(b + maxCode + 1);
            boolean fits = true;
            for (int c : codes) {
              if (check[b + c] != FREE) {
                fits = false;
                break;
              }
            }
            if (fits) {
              return b;
            }
          }
          if (next[f] < 0) {
            grow(check.length + 1);
          }
          int after = next[f];
          if (++tried[f] >= TRIES) {
            unlist(f);
          }
          f = after;
        }
      }
    }

    /**
     * Returns the alphabet code of a character from {@code low.length} up (below, it is {@code
     * low[ch]}); 0 when no term has it.
     */
    int high(char ch) {
      if (high.length == 0) {
        return 0;
      }
      int at = Arrays.binarySearch(high, ch);
      return at >= 0 ? highCode[at] : 0;
    }
  }

  /**
   * One search: the terms found to start at the current token. Terms that go on into the next
   * tokens are followed from a stack of (node, token) pairs rather than by recursion, so the walk
   * is one loop: the order it finds a token's terms in does not matter, they are sorted after.
   */
  private static final class Walk {
    final Compiled trie;
    final int[] cell;
    final Tokens t;
    final char[] chars;
    final int[] offset;
    /** The hits so far; those of the token the walk started from, unsorted, from segment on. */
    final Hits hits = new Hits(4);
    int segment;
    /** The token the walk started from. */
    int from;
    /** Pending: trie node, token to match from it; pairs. */
    int[] stack = new int[8];
    int depth;

    Walk(Compiled trie, Tokens t) {
      this.trie = trie;
      this.cell = trie.cell;
      this.t = t;
      this.chars = t.chars();
      this.offset = t.offsets();
    }

    /**
     * Notes that terms go on from trie node {@code node} (a separator or wildcard edge's end)
     * after token {@code i}, when the next token is in the same sentence.
     */
    void push(int node, int i) {
      if (i + 1 < t.size() && t.sentence(i + 1) == t.sentence(i)) {
        if (depth == stack.length) {
          stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = node;
        stack[depth++] = i + 1;
      }
    }

    /**
     * Matches each pending token from its node: collects the terms that end in it and notes the
     * terms that go on to the token after.
     */
    void drain() {
      int[] cell = this.cell;
      char[] low = trie.low;
      next:
      while (depth > 0) {
        int i = stack[--depth];
        int node = stack[--depth];
        int to = offset[i + 1];
        for (int k = offset[i]; k < to; k++) {
          char ch = chars[k];
          int c = ch < low.length ? low[ch] : trie.high(ch);
          int step = (cell[node * 2] >> FLAG_BITS) + c;
          if (c == 0 || cell[step * 2 + 1] != node) {
            continue next;
          }
          node = step;
          int v = cell[node * 2];
          if ((v & (HAS_PREFIX | HAS_WILD)) != 0) {
            // the token starts with this node's word: wildcard words end here
            if ((v & HAS_PREFIX) != 0) {
              collect(trie.prefix[node]);
            }
            if ((v & HAS_WILD) != 0) {
              push((v >> FLAG_BITS) + WILD_CODE, i);
            }
          }
        }
        int v = cell[node * 2];
        if ((v & HAS_EXACT) != 0) {
          collect(trie.exact[node]);
        }
        if ((v & HAS_SEP) != 0) {
          push((v >> FLAG_BITS) + SEP_CODE, i);
        }
      }
    }

    private void collect(int[] entries) {
      for (int e : entries) {
        hits.add(e, from, from + trie.length[e]);
      }
    }
  }

  /** Sorts hits {@code from..} (those of one token) by their entries' precedence. */
  private static void sort(Hits h, int from, int[] order) {
    int[] d = h.data;
    int n = h.size;
    for (int i = from + 1; i < n; i++) {
      int e = d[i * 3];
      int start = d[i * 3 + 1];
      int end = d[i * 3 + 2];
      int key = order[e];
      int j = i;
      while (j > from && order[d[j * 3 - 3]] > key) {
        d[j * 3] = d[j * 3 - 3];
        d[j * 3 + 1] = d[j * 3 - 2];
        d[j * 3 + 2] = d[j * 3 - 1];
        j--;
      }
      d[j * 3] = e;
      d[j * 3 + 1] = start;
      d[j * 3 + 2] = end;
    }
  }
}
