package org.ackgap.classify;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ackgap.Stance;

/**
 * The learned part: a relatedness stage (related vs none, similarity features only) and a stance
 * stage (affirm / deny / discuss on related pairs, all features), both trained by {@link Train} on
 * the train part of FNC-1 and shipped as {@code stance-model.bin.gz}.
 */
final class StanceModel {

  static final String RESOURCE = "stance-model.bin.gz";
  private static final int MAGIC = 0xAC6A9001;
  static final Stance[] STANCE_LABELS = {Stance.AFFIRM, Stance.DENY, Stance.DISCUSS};

  final LinearModel related;
  final LinearModel stance;
  private final int[] stanceLabelPos = new int[Stance.values().length];

  StanceModel(LinearModel related, LinearModel stance) {
    this.related = related;
    this.stance = stance;
    for (int k = 0; k < stance.labels.length; k++) {
      stanceLabelPos[stance.labels[k]] = k;
    }
  }

  /** Returns the probability that the text addresses the claim (label 1 of the first stage). */
  double related(Features f) {
    double[] p = related.probabilities(f.similarity());
    return related.labels[0] == 1 ? p[0] : p[1];
  }

  /** Returns the stance stage's judgement, its confidence scaled by {@code related}. */
  Judgement stance(Features f, List<Lexicon.CueHit> cues, double related, String prefix) {
    Vec x = f.all(cues);
    double[] p = stance.probabilities(x);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    Stance s = Stance.values()[stance.labels[best]];
    return new Judgement(s, Math.max(0, Math.min(1, p[best] * related)),
        prefix + "; model " + s.label() + String.format(Locale.ROOT, " %.2f", p[best])
            + ", top: " + top(x, best));
  }

  private String top(Vec x, int k) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < x.size; i++) {
      if (stance.contribution(x, i, k) > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -stance.contribution(x, i, k)));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(3, order.size()); i++) {
      names.add(x.name[order.get(i)]);
    }
    return String.join(", ", names);
  }

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    related.write(out);
    stance.write(out);
    out.flush();
    gz.finish();
  }

  static StanceModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not an ackgap stance model");
    }
    return new StanceModel(LinearModel.read(in), LinearModel.read(in));
  }

  /** Returns the model shipped in the jar, or null when the jar ships none. */
  static StanceModel standard() {
    try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/ackgap/classify/" + RESOURCE, e);
    }
  }
}
