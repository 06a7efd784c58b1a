package org.ackgap.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.extract.CueModels;

/**
 * Trains the English cue model on a PolNeAR train split and writes it where the extractor finds
 * it. Deterministic: the same split gives the same file.
 *
 * <p>Usage: {@code TrainAttributions TRAIN_DIR OUT_FILE}
 */
public final class TrainAttributions {

  private TrainAttributions() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrainAttributions TRAIN_DIR OUT_FILE");
      System.exit(2);
    }
    List<Polnear.Article> articles = Polnear.read(Path.of(args[0]));
    List<String> texts = new ArrayList<>();
    List<List<int[]>> cues = new ArrayList<>();
    for (Polnear.Article a : articles) {
      texts.add(a.text());
      List<int[]> spans = new ArrayList<>();
      for (Polnear.Gold g : a.attributions()) {
        for (int[] p : g.cue().pieces()) {
          spans.add(new int[] {Polnear.toUtf16(a.text(), p[0]), Polnear.toUtf16(a.text(), p[1])});
        }
      }
      cues.add(spans);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      CueModels.train(texts, cues, o);
    }
    System.err.printf("TrainAttributions: %d articles, model %s (%d bytes)%n", articles.size(),
        out, Files.size(out));
  }
}
