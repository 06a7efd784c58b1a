package org.ackgap.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Inverse document frequencies of stems, counted on the FNC-1 training bodies and headlines by
 * {@link Train}. A stem never seen there (every Russian stem) gets the rarest weight, which is
 * what a rare word deserves.
 */
final class Idf {

  static final String RESOURCE = "idf.tsv.gz";
  private static volatile Idf standard;

  private final Map<String, Float> weights;
  private final float unseen;

  Idf(Map<String, Float> weights, float unseen) {
    this.weights = Map.copyOf(weights);
    this.unseen = unseen;
  }

  /** Returns the table shipped in the jar, or a flat one when none is shipped. */
  static Idf standard() {
    Idf i = standard;
    if (i == null) {
      synchronized (Idf.class) {
        if (standard == null) {
          standard = load();
        }
        i = standard;
      }
    }
    return i;
  }

  float of(String stem) {
    Float w = weights.get(stem);
    return w == null ? unseen : w;
  }

  /** Builds the table from document frequencies over {@code docs} documents. */
  static Idf fromCounts(Map<String, Integer> df, int docs, int minDf) {
    Map<String, Float> w = new HashMap<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= minDf) {
        w.put(e.getKey(), weight(e.getValue(), docs));
      }
    }
    return new Idf(w, weight(1, docs));
  }

  private static float weight(int df, int docs) {
    return (float) (Math.log((docs + 1.0) / (df + 1.0)) + 1.0);
  }

  Map<String, Float> weights() {
    return weights;
  }

  float unseen() {
    return unseen;
  }

  private static Idf load() {
    try (InputStream in = Idf.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Idf(Map.of(), 1f);
      }
      BufferedReader r = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      float unseen = Float.parseFloat(r.readLine().strip());
      Map<String, Float> w = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        w.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
      }
      return new Idf(w, unseen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
