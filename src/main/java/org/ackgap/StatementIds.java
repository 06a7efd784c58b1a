package org.ackgap;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of statement ids kept end to end in one character buffer: a topic's timeline
 * names every statement behind it, and a million ids held this way take a few bytes each instead
 * of a String each.
 */
public final class StatementIds extends AbstractList<String> implements RandomAccess {

  private final StringBuilder chars;
  /** Id i is {@code chars[ends[i - 1]..ends[i])}, with {@code ends[-1]} taken as 0. */
  private final int[] ends;
  private final int size;

  private StatementIds(StringBuilder chars, int[] ends, int size) {
    this.chars = chars;
    this.ends = ends;
    this.size = size;
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + ", size " + size);
    }
    return chars.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
  }

  @Override
  public int size() {
    return size;
  }

  /** Collects ids; its snapshots stay as they were when taken, whatever is added later. */
  public static final class Builder {
    private final StringBuilder chars = new StringBuilder(16);
    private int[] ends = new int[2];
    private int size;

    /** Adds an id. */
    public void add(String id) {
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
      }
      chars.append(id);
      ends[size++] = chars.length();
    }

    /** Returns the ids added so far. */
    public StatementIds snapshot() {
      // appends only ever write past what this snapshot reads, and a grown array is a new one
      return new StatementIds(chars, ends, size);
    }
  }
}
