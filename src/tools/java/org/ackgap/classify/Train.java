package org.ackgap.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.ackgap.Stance;

/**
 * Trains the stance model on the train part of FNC-1 (never the dev part, see {@link Fnc1}) and
 * writes {@code idf.tsv.gz} and {@code stance-model.bin.gz}. Deterministic: LIBLINEAR's random
 * generator is reset before each stage, and the data are read in file order.
 *
 * <pre>
 * mvn -q -o compile exec:java -Dexec.mainClass=org.ackgap.classify.Train \
 *   -Dexec.args="--data ../shared/data/fnc-1 --out src/main/resources/org/ackgap/classify"
 * </pre>
 */
public final class Train {

  /** Regularisation of the relatedness stage and the stance stage (LIBLINEAR's C). */
  static final double C_RELATED = 1.0;
  static final double C_STANCE = 0.5;
  /** Class weights of the stance stage (affirm, deny, discuss): disagree is 1.7 % of FNC-1. */
  static final double[] STANCE_WEIGHTS = {2.0, 5.0, 1.0};

  private Train() {}

  /** Runs training; see the class comment for arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opt = options(args);
    Path data = Path.of(opt.getOrDefault("data", "../shared/data/fnc-1"));
    Path out = Path.of(opt.getOrDefault("out", "src/main/resources/org/ackgap/classify"));
    double cStance = Double.parseDouble(opt.getOrDefault("c-stance", "" + C_STANCE));
    double[] weights = opt.containsKey("weights")
        ? Arrays.stream(opt.get("weights").split(",")).mapToDouble(Double::parseDouble).toArray()
        : STANCE_WEIGHTS;
    PrintStream err = System.err;
    long t0 = System.nanoTime();
    List<Fnc1.Pair> train = Fnc1.read(data.resolve("train_stances.csv"),
        data.resolve("train_bodies.csv"), Fnc1.Split.TRAIN);
    err.printf("train: %d pairs%n", train.size());

    Idf idf = idf(train);
    Files.createDirectories(out);
    writeIdf(idf, out.resolve(Idf.RESOURCE));

    Lexicon lexicon = Lexicon.standard();
    Map<String, Tokens> bodyTokens = new HashMap<>();
    Map<String, List<Lexicon.CueHit>> bodyCues = new HashMap<>();
    List<Feature[]> simX = new ArrayList<>();
    List<Double> simY = new ArrayList<>();
    List<Feature[]> stX = new ArrayList<>();
    List<Double> stY = new ArrayList<>();
    Map<String, TopicTerms> claims = new HashMap<>();
    for (Fnc1.Pair p : train) {
      Tokens body = bodyTokens.computeIfAbsent(p.bodyId(), k -> Tokens.of(p.body()));
      List<Lexicon.CueHit> cues = bodyCues.computeIfAbsent(p.bodyId(), k -> lexicon.scan(body));
      TopicTerms tt = claims.computeIfAbsent(p.headline(),
          h -> new TopicTerms(Fnc1.topics(List.of(p)).get(h)));
      Features f = Features.of(tt.claim, tt.claimTokens, tt.claimCues, body, idf);
      simX.add(liblinear(f.similarity()));
      simY.add(p.gold() == Stance.NONE ? 0.0 : 1.0);
      if (p.gold() != Stance.NONE) {
        stX.add(liblinear(f.all(cues)));
        stY.add((double) p.gold().ordinal());
      }
    }
    err.printf("features: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Linear.setDebugOutput(null);
    LinearModel related = fit(simX, simY, Features.SIM_DIM, C_RELATED, null);
    LinearModel stance = fit(stX, stY, Features.DIM, cStance, weights);
    StanceModel model = new StanceModel(related, stance);
    try (OutputStream o = Files.newOutputStream(out.resolve(StanceModel.RESOURCE))) {
      model.write(o);
    }
    err.printf("wrote %s (%d bytes) and %s in %.1f s%n", out.resolve(StanceModel.RESOURCE),
        Files.size(out.resolve(StanceModel.RESOURCE)), out.resolve(Idf.RESOURCE),
        (System.nanoTime() - t0) / 1e9);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      opt.put(args[i].substring(2), args[i + 1]);
    }
    return opt;
  }

  /** Counts document frequencies over the distinct train bodies and headlines. */
  static Idf idf(List<Fnc1.Pair> train) {
    Map<String, Integer> df = new HashMap<>();
    Set<String> seen = new HashSet<>();
    int docs = 0;
    for (Fnc1.Pair p : train) {
      for (String doc : new String[] {p.body(), p.headline()}) {
        if (seen.add(doc)) {
          docs++;
          for (String s : Bag.of(Tokens.of(doc)).counts.keySet()) {
            df.merge(s, 1, Integer::sum);
          }
        }
      }
    }
    return Idf.fromCounts(df, docs, 2);
  }

  private static void writeIdf(Idf idf, Path file) throws IOException {
    try (Writer w = new java.io.OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      w.write(idf.unseen() + "\n");
      for (Map.Entry<String, Float> e : new TreeMap<>(idf.weights()).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  static Feature[] liblinear(Vec v) {
    TreeMap<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < v.size; i++) {
      m.merge(v.idx[i] + 1, (double) v.val[i], Double::sum);
    }
    Feature[] f = new Feature[m.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : m.entrySet()) {
      f[k++] = new FeatureNode(e.getKey(), e.getValue());
    }
    return f;
  }

  static LinearModel fit(List<Feature[]> x, List<Double> y, int dim, double c, double[] weights) {
    Problem p = new Problem();
    p.l = x.size();
    p.n = dim;
    p.x = x.toArray(new Feature[0][]);
    p.y = y.stream().mapToDouble(Double::doubleValue).toArray();
    p.bias = -1;
    Parameter param = new Parameter(SolverType.L2R_LR, c, 0.001);
    if (weights != null) {
      param.setWeights(weights, new int[] {0, 1, 2});
    }
    Linear.resetRandom();
    Model m = Linear.train(p, param);
    double[] w = m.getFeatureWeights();
    int[] labels = m.getLabels();
    int nrW = labels.length == 2 ? 1 : labels.length;
    float[] fw = new float[(dim + 1) * nrW];
    for (int i = 0; i < dim * nrW; i++) {
      fw[i] = (float) w[i];
    }
    return new LinearModel(dim, labels, fw);
  }
}
