package org.ackgap.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Trains the English cue model for {@code scripts/train-attributions}; see {@link CueTagger}. */
public final class CueModels {

  /** Epochs and shuffling seed: fixed, so the same data give the same model file. */
  static final int EPOCHS = 3;
  static final long SEED = 20161108L;

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
    CueTagger.train(examples, EPOCHS, SEED).write(out);
  }
}
