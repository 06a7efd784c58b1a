package org.ackgap.classify;

import java.util.Arrays;

/** A sparse feature vector under construction: indices, values and a readable name for each. */
final class Vec {

  int size;
  int[] idx = new int[256];
  float[] val = new float[256];
  String[] name = new String[256];

  void add(int i, double v, String n) {
    if (v == 0) {
      return;
    }
    if (size == idx.length) {
      idx = Arrays.copyOf(idx, size * 2);
      val = Arrays.copyOf(val, size * 2);
      name = Arrays.copyOf(name, size * 2);
    }
    idx[size] = i;
    val[size] = (float) v;
    name[size] = n;
    size++;
  }
}
