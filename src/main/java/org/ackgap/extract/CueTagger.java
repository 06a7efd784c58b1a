package org.ackgap.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Decides which tokens of an English text are attribution cues: an averaged perceptron over the
 * word, its neighbours, their shapes, the cue lexicon and quotation marks, with hashed features
 * (no String is built per feature). Trained on PolNeAR's train split by
 * {@code scripts/train-attributions}; immutable and thread-safe once built.
 */
final class CueTagger {

  static final String RESOURCE = "/org/ackgap/extract/cue-model.bin.gz";
  private static final int MAGIC = 0x41435545; // "ACUE"
  private static final int BITS = 20;
  private static final int MASK = (1 << BITS) - 1;
  static final int MAX_FEATURES = 40;

  private final float[] weights;

  private CueTagger(float[] weights) {
    this.weights = weights;
  }

  /** One training text with its gold cue spans (UTF-16 offsets, end exclusive). */
  record Example(String text, List<int[]> cues) {}

  private static volatile CueTagger shared;

  /** Returns the tagger shipped in the jar, or null when there is none (before training). */
  static CueTagger shipped() {
    CueTagger t = shared;
    if (t == null) {
      synchronized (CueTagger.class) {
        t = shared;
        if (t == null) {
          try (InputStream in = CueTagger.class.getResourceAsStream(RESOURCE)) {
            t = in == null ? new CueTagger(null) : read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          shared = t;
        }
      }
    }
    return t.weights == null ? null : t;
  }

  /** Returns the score of token i being (part of) a cue; positive means a cue. */
  float score(TextTokens t, int i, int[] buf) {
    int n = features(t, i, buf);
    float s = 0;
    for (int k = 0; k < n; k++) {
      s += weights[buf[k]];
    }
    return s;
  }

  private static int shape(TextTokens t, int i) {
    if (i < 0 || i >= t.size) {
      return 1;
    }
    if (t.type[i] == TextTokens.PUNCT) {
      return 16 + t.lower[i].charAt(0);
    }
    int cp = t.text.codePointAt(t.start[i]);
    if (Character.isDigit(cp)) {
      return 2;
    }
    return Character.isUpperCase(cp) ? 3 : 4;
  }

  private static int word(TextTokens t, int i) {
    return i < 0 || i >= t.size ? 0x5bd1e995 + i - (i < 0 ? 0 : t.size) : t.hash[i];
  }

  private static int lex(TextTokens t, int i) {
    return i < 0 || i >= t.size ? 3 : t.lex[i];
  }

  private static int mix(int template, int a, int b) {
    int h = template * 0x9E3779B1;
    h ^= a;
    h *= 0x85EBCA6B;
    h ^= Integer.rotateLeft(b, 13);
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h & MASK;
  }

  private static int suffix(TextTokens t, int i) {
    return t.suffix3[i];
  }

  /** Writes the feature indices of token i into buf; returns how many. */
  static int features(TextTokens t, int i, int[] f) {
    int n = 0;
    int w0 = word(t, i);
    int wm1 = word(t, i - 1);
    int wp1 = word(t, i + 1);
    int sm1 = shape(t, i - 1);
    int sp1 = shape(t, i + 1);
    int l0 = lex(t, i);
    int lm1 = lex(t, i - 1);
    int lp1 = lex(t, i + 1);
    int q = t.quoted[i] ? 1 : 0;
    boolean first = i == 0 || t.sentence[i - 1] != t.sentence[i];
    f[n++] = mix(0, 0, 0);
    f[n++] = mix(1, w0, 0);
    f[n++] = mix(2, wm1, 0);
    f[n++] = mix(3, wp1, 0);
    f[n++] = mix(4, word(t, i - 2), 0);
    f[n++] = mix(5, word(t, i + 2), 0);
    f[n++] = mix(6, wm1, w0);
    f[n++] = mix(7, w0, wp1);
    f[n++] = mix(8, suffix(t, i), 0);
    f[n++] = mix(9, l0, 0);
    f[n++] = mix(10, l0 * 1000 + sm1, sp1);
    f[n++] = mix(11, l0 * 2 + q, 0);
    f[n++] = mix(12, w0, q);
    f[n++] = mix(13, w0, sm1);
    f[n++] = mix(14, w0, sp1);
    f[n++] = mix(15, lm1 * 16 + lp1, l0);
    f[n++] = mix(16, w0, first ? 1 : 0);
    f[n++] = mix(17, shape(t, i), sm1 * 1000 + sp1);
    f[n++] = mix(18, wm1, word(t, i - 2));
    f[n++] = mix(19, w0, word(t, i + 2));
    f[n++] = mix(20, l0, shape(t, i - 2) * 1000 + sm1);
    f[n++] = mix(21, l0, sp1 * 1000 + shape(t, i + 2));
    // a quotation closed just before: "…," he said
    int back = 0;
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (t.isCloseQuote(k)) {
        back = i - k;
        break;
      }
    }
    f[n++] = mix(22, l0 * 8 + back, 0);
    f[n++] = mix(23, w0, back > 0 ? 1 : 0);
    int lemma = t.lemmaHash[i];
    f[n++] = mix(24, lemma, 0);
    f[n++] = mix(25, lemma, sm1 * 1000 + sp1);
    f[n++] = mix(26, lemma, wp1);
    f[n++] = mix(27, word(t, i - 3), 0);
    f[n++] = mix(28, word(t, i + 3), 0);
    // a subject right before: a name or a pronoun within two words
    int subject = 0;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (t.capitalised(k) && k != t.sentenceStart(k) || t.isWord(k)
          && (t.lower[k].equals("he") || t.lower[k].equals("she") || t.lower[k].equals("they"))) {
        subject = i - k;
        break;
      }
    }
    f[n++] = mix(29, lemma, subject);
    f[n++] = mix(30, l0 * 8 + subject, shape(t, i));
    int suf2 = t.suffix2[i];
    f[n++] = mix(31, suf2, sm1);
    f[n++] = mix(32, lemma, lm1);
    // a determiner before marks a noun ("the statement", "a call"), not a verb
    String prev = i > 0 ? t.lower[i - 1] : "";
    boolean det = prev.equals("the") || prev.equals("a") || prev.equals("an")
        || prev.equals("his") || prev.equals("her") || prev.equals("their") || prev.equals("its");
    f[n++] = mix(33, lemma, det ? 1 : 0);
    int fromStart = Math.min(6, i - t.sentenceStart(i));
    f[n++] = mix(34, l0 * 8 + fromStart, 0);
    return n;
  }

  /**
   * Trains an averaged perceptron on the examples, in a fixed shuffled order per epoch, so the
   * same data give the same model.
   */
  static CueTagger train(List<Example> examples, int epochs, long seed, int members) {
    float[] sum = new float[1 << BITS];
    for (int m = 0; m < members; m++) {
      float[] w = train(examples, epochs, seed + m).weights;
      for (int x = 0; x < sum.length; x++) {
        sum[x] += w[x] / members;
      }
    }
    return new CueTagger(sum);
  }

  static CueTagger train(List<Example> examples, int epochs, long seed) {
    int d = 1 << BITS;
    float[] w = new float[d];
    double[] total = new double[d];
    int[] stamp = new int[d];
    int clock = 1;
    List<TextTokens> texts = new ArrayList<>();
    List<boolean[]> labels = new ArrayList<>();
    for (Example e : examples) {
      TextTokens t = TextTokens.of(e.text());
      boolean[] y = new boolean[t.size];
      for (int[] span : e.cues()) {
        for (int i = 0; i < t.size; i++) {
          if (t.start[i] < span[1] && span[0] < t.end[i]) {
            y[i] = true;
          }
        }
      }
      texts.add(t);
      labels.add(y);
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      order.add(k);
    }
    Random random = new Random(seed);
    int[] f = new int[MAX_FEATURES];
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int k : order) {
        TextTokens t = texts.get(k);
        boolean[] y = labels.get(k);
        for (int i = 0; i < t.size; i++) {
          int n = features(t, i, f);
          float s = 0;
          for (int j = 0; j < n; j++) {
            s += w[f[j]];
          }
          if (y[i] ? s <= 0 : s > 0) {
            float delta = y[i] ? 1f : -1f;
            for (int j = 0; j < n; j++) {
              int x = f[j];
              total[x] += (double) (clock - stamp[x]) * w[x];
              stamp[x] = clock;
              w[x] += delta;
            }
          }
          clock++;
        }
      }
    }
    float[] avg = new float[d];
    for (int x = 0; x < d; x++) {
      total[x] += (double) (clock - stamp[x]) * w[x];
      avg[x] = (float) (total[x] / clock);
    }
    return new CueTagger(avg);
  }

  /** Writes the model: the non-zero weights, rounded to what a 16-bit scale keeps. */
  void write(OutputStream out) throws IOException {
    float max = 0;
    for (float v : weights) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max == 0 ? 1 : 32000f / max;
    int count = 0;
    for (float v : weights) {
      if (Math.round(v * scale) != 0) {
        count++;
      }
    }
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
      data.writeInt(MAGIC);
      data.writeInt(BITS);
      data.writeFloat(scale);
      data.writeInt(count);
      int last = 0;
      for (int x = 0; x < weights.length; x++) {
        int q = Math.round(weights[x] * scale);
        if (q != 0) {
          data.writeInt(x - last);
          data.writeShort(q);
          last = x;
        }
      }
    }
  }

  static CueTagger read(InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
      if (data.readInt() != MAGIC || data.readInt() != BITS) {
        throw new IOException("not a cue model of this version");
      }
      float scale = data.readFloat();
      int count = data.readInt();
      float[] w = new float[1 << BITS];
      int x = 0;
      for (int k = 0; k < count; k++) {
        x += data.readInt();
        w[x] = data.readShort() / scale;
      }
      return new CueTagger(w);
    }
  }
}
