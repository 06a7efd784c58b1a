package org.ackgap.ingest;

/**
 * Remembers which statement ids have been seen, in 16-32 bytes an id instead of a String's ~60.
 *
 * <p>It keeps a 64-bit hash of each id, so memory stays small for millions of statements. Two
 * different ids share a hash with odds of about n²/2⁶⁵ (under 10⁻⁷ for a million ids); the later
 * one would then be rejected as a duplicate, a risk accepted for bounded memory.
 */
public final class IdSet {

  private long[] slots = new long[1 << 12];
  private int size;

  /** Adds an id; returns false when it was already there. */
  public boolean add(String id) {
    long h = hash(id);
    if (h == 0) {
      h = 1;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, h);
  }

  /** Returns whether an id was added. */
  public boolean contains(String id) {
    long h = hash(id);
    if (h == 0) {
      h = 1;
    }
    int mask = slots.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == h) {
        return true;
      }
    }
    return false;
  }

  private boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    if (table == slots) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long h : old) {
      if (h != 0) {
        insert(slots, h);
      }
    }
  }

  /**
   * Returns a 64-bit hash of a string: FNV-1a over the UTF-16 chars (no copy), then a murmur
   * finaliser that spreads every input bit over the output.
   */
  public static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = id.length(); i < n; i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53c8b5bL;
    h ^= h >>> 33;
    return h;
  }
}
