package org.ackgap.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Trains the English cue model for {@code scripts/train-attributions}; see {@link CueTagger}. */
public final class CueModels {

  /**
   * Epochs, shuffling seed and ensemble size: fixed, so the same data give the same model file.
   * Three epochs generalise better than more (15 overfit PolNeAR train); the model is the mean
   * of five perceptrons trained in different orders, which steadies the rare cue words.
   */
  static final int EPOCHS = 3;
  static final long SEED = 20161108L;
  static final int MEMBERS = 5;

  private CueModels() {}

  /**
   * Trains on texts and their gold cue spans (UTF-16 offsets, end exclusive) and writes the model.
   *
   * @throws IOException when the model cannot be written
   */
  public static void train(List<String> texts, List<List<int[]>> cues, OutputStream out)
      throws IOException {
    List<CueTagger.Example> examples = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      examples.add(new CueTagger.Example(texts.get(k), cues.get(k)));
    }
    CueTagger.train(examples, EPOCHS, SEED, MEMBERS).write(out);
  }
}
