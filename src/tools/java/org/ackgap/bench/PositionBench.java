package org.ackgap.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.ackgap.Position;
import org.ackgap.Source;
import org.ackgap.SourceType;
import org.ackgap.Statement;
import org.ackgap.Topic;
import org.ackgap.classify.Classifiers;
import org.ackgap.classify.StanceClassifier;
import org.ackgap.classify.TopicMatcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Times the workers' per-statement part of the job on one thread: the job's own PositionMaker
 * (topic matching and classification) and the positions.csv row formatter, over statements read
 * and parsed once beforehand, several rounds after a warm-up. Prints µs per statement per round,
 * as CPU time of the benchmark thread (the machine is shared, so wall time also counts others'
 * work) and as wall time, the wall time of the row formatting alone, the median CPU time, and a CRC of every formatted row, which must not
 * change when only speed does.
 *
 * <p>The input is read with Commons CSV here rather than the job's reader, so that only the
 * matching, classification and formatting are timed; statements that list topic ids are kept
 * as such. Usage:
 *
 * <pre>
 * java -Xmx2g -cp target/ackgap.jar org.ackgap.bench.PositionBench DIR [ROUNDS] [LIMIT] [WARMUP]
 * </pre>
 */
public final class PositionBench {

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private PositionBench() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 1) {
      System.err.println("usage: PositionBench DIR [ROUNDS] [LIMIT] [WARMUP]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Object state = load(dir.toString(), limit);
    double[] us = new double[rounds];
    for (int r = -warmup; r < rounds; r++) {
      long[] m = round(state);
      double per = m[0] / 1e3 / m[4];
      System.out.printf(Locale.ROOT,
          "%s %d: %.3f µs/statement CPU, %.3f wall, of which rows %.3f (%d positions, crc %08x)%n",
          r < 0 ? "warmup" : "round", r < 0 ? r + warmup : r, per, m[1] / 1e3 / m[4],
          m[2] / 1e3 / m[4], m[5], m[3]);
      if (r >= 0) {
        us[r] = per;
      }
    }
    double[] sorted = us.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "median %.3f µs/statement CPU over %d rounds (min %.3f)%n",
        sorted[sorted.length / 2], rounds, sorted[0]);
  }

  /** What one round runs: the statements, the job's PositionMaker, a row formatter. */
  private record State(List<Statement> statements, Object maker, MethodHandle positions,
      Object rows, MethodHandle append, MethodHandle bytes, MethodHandle reset) {}

  /**
   * Reads the input folder {@code dir} (at most {@code limit} statements) and builds the job's
   * PositionMaker and row formatter over it. Public, with {@link #round}, so that a harness can
   * load two builds side by side (one class loader each) and alternate their rounds.
   */
  public static Object load(String dir, int limit) throws Exception {
    Path d = Path.of(dir);
    List<Topic> topics = topics(d.resolve("topics.csv"));
    Map<String, Topic> byId = new LinkedHashMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    Map<String, Source> sources = sources(d.resolve("sources.csv"));
    List<Statement> statements = statements(d.resolve("statements.csv"), limit);
    System.out.printf(Locale.ROOT, "%d topics, %d sources, %d statements%n", topics.size(),
        sources.size(), statements.size());

    TopicMatcher matcher = Classifiers.matcher(topics);
    StanceClassifier classifier = Classifiers.classifier();
    Class<?> makerClass = Class.forName("org.ackgap.job.PositionMaker");
    Constructor<?> c = makerClass.getDeclaredConstructor(Map.class, Map.class, TopicMatcher.class,
        StanceClassifier.class, boolean.class);
    c.setAccessible(true);
    Object maker = c.newInstance(byId, sources, matcher, classifier, false);
    Method positions = makerClass.getDeclaredMethod("positions", Statement.class);
    positions.setAccessible(true);
    MethodHandle positionsHandle = MethodHandles.lookup().unreflect(positions)
        .asType(MethodType.methodType(List.class, Object.class, Statement.class));
    Class<?> rowsClass = Class.forName("org.ackgap.job.Collector$Rows");
    Constructor<?> rc = rowsClass.getDeclaredConstructor(boolean.class);
    rc.setAccessible(true);
    Object rows = rc.newInstance(false);
    Method append = rowsClass.getDeclaredMethod("append", List.class);
    append.setAccessible(true);
    MethodHandle appendHandle = MethodHandles.lookup().unreflect(append)
        .asType(MethodType.methodType(int.class, Object.class, List.class));
    Method bytes = rowsClass.getDeclaredMethod("bytes");
    bytes.setAccessible(true);
    MethodHandle bytesHandle = MethodHandles.lookup().unreflect(bytes)
        .asType(MethodType.methodType(byte[].class, Object.class));
    Method reset = rowsClass.getDeclaredMethod("reset");
    reset.setAccessible(true);
    MethodHandle resetHandle = MethodHandles.lookup().unreflect(reset)
        .asType(MethodType.methodType(void.class, Object.class));
    return new State(statements, maker, positionsHandle, rows, appendHandle, bytesHandle,
        resetHandle);
  }

  /**
   * Runs one round over every statement; returns CPU ns, wall ns, wall ns of the row formatting,
   * the CRC of the rows, the number of statements and of positions.
   */
  public static long[] round(Object state) throws Throwable {
    State st = (State) state;
    CRC32 crc = new CRC32();
    long pairs = 0;
    long c0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long rowsNanos = 0;
    for (Statement s : st.statements()) {
      @SuppressWarnings("unchecked")
      List<Position> list = (List<Position>) st.positions().invokeExact(st.maker(), s);
      long r0 = System.nanoTime();
      st.reset().invokeExact(st.rows());
      int end = (int) st.append().invokeExact(st.rows(), list);
      rowsNanos += System.nanoTime() - r0;
      crc.update((byte[]) st.bytes().invokeExact(st.rows()), 0, end);
      pairs += list.size();
    }
    long t1 = System.nanoTime();
    long c1 = THREADS.getCurrentThreadCpuTime();
    return new long[] {c1 - c0, t1 - t0, rowsNanos, crc.getValue(), st.statements().size(),
        pairs};
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }

  private static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(java.util.regex.Pattern.quote(sep))) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static List<Topic> topics(Path file) throws IOException {
    List<Topic> out = new ArrayList<>();
    for (CSVRecord r : read(file)) {
      out.add(new Topic(r.get("topic_id"), r.get("title"), r.get("claim"),
          split(r.get("subjects"), ";"), split(r.get("terms"), "|"),
          split(r.get("context_terms"), "|")));
    }
    return out;
  }

  private static Map<String, Source> sources(Path file) throws IOException {
    Map<String, Source> out = new LinkedHashMap<>();
    for (CSVRecord r : read(file)) {
      String id = r.get("source_id");
      String rel = r.isMapped("reliability") ? r.get("reliability") : "";
      String group = r.isMapped("group") ? r.get("group") : "";
      out.put(id, new Source(id, r.get("name"), r.get("actor"),
          SourceType.parse(r.get("type")).orElseThrow(),
          rel.isEmpty() ? Source.DEFAULT_RELIABILITY : Double.parseDouble(rel),
          group.isEmpty() ? id : group));
    }
    return out;
  }

  private static List<Statement> statements(Path file, int limit) throws IOException {
    List<Statement> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(r)) {
        if (out.size() == limit) {
          break;
        }
        out.add(new Statement(rec.get("statement_id"), LocalDate.parse(rec.get("date")),
            rec.get("source_id"), split(rec.get("topic_id"), ";"), rec.get("text"),
            rec.isMapped("url") ? rec.get("url") : "", Optional.empty()));
      }
    }
    return out;
  }
}
