package org.ackgap.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A one-vs-rest logistic regression as LIBLINEAR trains it, kept as plain weights so that scoring
 * is a dot product. Stored sparsely: only rows with a non-zero weight.
 */
final class LinearModel {

  final int dim;
  final int[] labels;
  /** Weight vectors: one for a binary model (of labels[0]), else one per label. */
  final int nrW;
  /** Row-major: w[feature * nrW + k]; feature {@code dim} is the bias. */
  final float[] w;

  LinearModel(int dim, int[] labels, float[] w) {
    this.dim = dim;
    this.labels = labels;
    this.nrW = labels.length == 2 ? 1 : labels.length;
    if (w.length != (dim + 1) * nrW) {
      throw new IllegalArgumentException("expected " + (dim + 1) * nrW + " weights, got " + w.length);
    }
    this.w = w;
  }

  /** Returns the probability of each label, in {@link #labels} order, as LIBLINEAR computes it. */
  double[] probabilities(Vec x) {
    double[] score = new double[nrW];
    for (int i = 0; i < x.size; i++) {
      int base = x.idx[i] * nrW;
      for (int k = 0; k < nrW; k++) {
        score[k] += w[base + k] * x.val[i];
      }
    }
    for (int k = 0; k < nrW; k++) {
      score[k] += w[dim * nrW + k];
    }
    double[] p = new double[labels.length];
    if (nrW == 1) {
      p[0] = 1 / (1 + Math.exp(-score[0]));
      p[1] = 1 - p[0];
      return p;
    }
    double sum = 0;
    for (int k = 0; k < nrW; k++) {
      p[k] = 1 / (1 + Math.exp(-score[k]));
      sum += p[k];
    }
    for (int k = 0; k < nrW; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** Returns the contribution of feature {@code i} of {@code x} to label position {@code k}. */
  double contribution(Vec x, int i, int k) {
    double c = w[x.idx[i] * nrW + (nrW == 1 ? 0 : k)] * x.val[i];
    return nrW == 1 && k == 1 ? -c : c;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(dim);
    out.writeInt(labels.length);
    for (int l : labels) {
      out.writeInt(l);
    }
    int rows = 0;
    for (int f = 0; f <= dim; f++) {
      if (nonZero(f)) {
        rows++;
      }
    }
    out.writeInt(rows);
    for (int f = 0; f <= dim; f++) {
      if (nonZero(f)) {
        out.writeInt(f);
        for (int k = 0; k < nrW; k++) {
          out.writeFloat(w[f * nrW + k]);
        }
      }
    }
  }

  private boolean nonZero(int f) {
    for (int k = 0; k < nrW; k++) {
      if (w[f * nrW + k] != 0) {
        return true;
      }
    }
    return false;
  }

  static LinearModel read(DataInputStream in) throws IOException {
    int dim = in.readInt();
    int[] labels = new int[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readInt();
    }
    int nrW = labels.length == 2 ? 1 : labels.length;
    float[] w = new float[(dim + 1) * nrW];
    int rows = in.readInt();
    for (int r = 0; r < rows; r++) {
      int f = in.readInt();
      for (int k = 0; k < nrW; k++) {
        w[f * nrW + k] = in.readFloat();
      }
    }
    return new LinearModel(dim, labels, w);
  }
}
