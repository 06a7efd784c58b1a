package org.ackgap.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.CsvSource;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.FileFormat;
import org.ackgap.ingest.InputException;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.StatementParser;
import org.ackgap.ingest.article.ArticleResult;
import org.ackgap.job.ArticleRows;
import org.ackgap.job.ArticleWork;
import org.ackgap.job.SplitResult;
import org.ackgap.job.SplitWork;
import org.ackgap.job.StageContext;
import org.ackgap.job.StatementStage;
import org.ackgap.report.csv.CsvOut;
import org.ackgap.score.TopicLedger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

/**
 * The statement stage on Spark (SPEC §8). Topics, sources and parameters were read on the driver;
 * they are broadcast. The statement files are read from their file system (file://, hdfs://,
 * s3a://) in splits cut at record boundaries ({@link Splits}), one split a partition:
 *
 * <ol>
 *   <li>before the rest, when the input has articles: the driver lists them on their file system
 *       and tasks read and extract runs of article files ({@link #readArticles}), writing the
 *       statements' rows into part files; the job takes the rest (ids, counts, the attributions'
 *       hashes) in file order on the driver (duplicate article ids, the merge of reports,
 *       speakers.csv), and the article tasks' parts of rows go through the passes below after
 *       every split, as the single JVM reads them after every file, read by {@link ArticleRows}
 *       with the merge's decision broadcast, each task writing the kept statements' rows of
 *       extracted.csv as a part too;
 *   <li>a task per file finds the splits and the file's SHA-256;
 *   <li>a task per split parses its rows and emits the key of every accepted statement id; Spark
 *       finds the ids held by more than one row and the input order of the first (the single JVM
 *       keeps the first row and rejects the rest);
 *   <li>a task per split runs the single JVM's record processor and collector ({@link SplitWork},
 *       built once per partition) and writes its positions.csv and rejects.csv rows and its
 *       timeline ids as part files; Spark merges the topic ledgers (per day: each independence
 *       group's best contribution, the subject side's counts) by topic and the report's bounded
 *       samples in a tree;
 *   <li>the driver appends the parts in input order to the run's tables and hands the ledgers and
 *       samples to the job, which scores and renders them with the single JVM's code.
 * </ol>
 */
public final class SparkStage implements StatementStage {

  /** Article files a task reads, about: enough to pay for a task, few enough to spread. */
  private static final int FILES_PER_TASK = 64;

  private final JavaSparkContext sc;
  private final long splitBytes;
  private final String work;
  private final String inputUri;
  private final String articlesUri;
  /** What the article tasks wrote for the driver to read back, for the log; null before. */
  private String articleParts;
  /** The article tasks' parts of statements' rows, their rows and lines (without a header). */
  private List<String> rowsParts = List.of();
  private long[] rowsPerPart = new long[0];
  private long[] linesPerPart = new long[0];

  /**
   * Creates the stage.
   *
   * @param sc the Spark context
   * @param splitBytes about how many bytes a split reads
   * @param work where tasks write their part files (a Hadoop URI every executor and the driver
   *     reach), or null for a folder in the local staging folder (local mode, or a shared mount)
   * @param inputUri where the statement files are (a Hadoop URI of the input folder), or null for
   *     the local input folder
   * @param articlesUri where the article files are (a Hadoop URI of a folder read as articles/
   *     is), or null for the local input folder's articles/
   */
  public SparkStage(JavaSparkContext sc, long splitBytes, String work, String inputUri,
      String articlesUri) {
    if (splitBytes < 1) {
      throw new IllegalArgumentException("split size must be positive, got " + splitBytes);
    }
    this.sc = sc;
    this.splitBytes = splitBytes;
    this.work = work;
    this.inputUri = inputUri;
    this.articlesUri = articlesUri;
  }

  @Override
  public long run(StageContext ctx) throws IOException {
    long t0 = System.nanoTime();
    if (articleParts != null) {
      log(ctx, "%s", articleParts);
    }
    String base = withSlash(inputUri != null ? inputUri : hadoopPath(ctx.input().dir()));
    String parts = work != null ? withSlash(work) + "ackgap-" + System.nanoTime() + "/"
        : hadoopPath(ctx.staging().resolve(".spark-parts")) + "/";
    Map<String, String> hadoop = entries(sc.hadoopConfiguration());
    Broadcast<Map<String, String>> conf = sc.broadcast(hadoop);
    List<String> files = ctx.input().statementFiles();
    long bytes = splitBytes;

    List<String[]> named = new ArrayList<>();
    for (String f : files) {
      named.add(new String[] {f, base + f});
    }
    List<Splits.FileScan> scans = files.isEmpty() ? List.of()
        : sc.parallelize(named, named.size())
            .map(f -> Splits.scan(f[0], f[1], bytes, conf(conf.value())))
            .collect();
    Map<String, FileFormat> formats = formats(scans, conf(hadoop));
    // the statements the articles yielded, read from the article tasks' parts with the merge's
    // decision: after every statement file
    List<Chunk> chunks = ctx.hasExtracted() ? chunks(ctx) : List.of();
    Broadcast<int[]> reports =
        sc.broadcast(ctx.hasExtracted() ? ctx.extractedReports() : new int[0]);

    Broadcast<Catalog> catalog = sc.broadcast(ctx.catalog());
    Set<String> whole = new HashSet<>();
    List<Splits.Split> splits;
    List<Part> work;
    Map<Long, Long> firstOfDuplicate;
    while (true) {
      splits = Splits.plan(scans, whole);
      work = Part.of(splits, chunks);
      CollectionAccumulator<String> cut = sc.sc().collectionAccumulator("cut");
      firstOfDuplicate = work.isEmpty() ? Map.of()
          : new HashMap<>(sc.parallelize(work, work.size())
              .flatMapToPair(s -> ids(s, catalog.value(), reports.value(), conf(conf.value()),
                  cut).iterator())
              .combineByKey(o -> new long[] {o, 1},
                  (a, o) -> new long[] {Math.min(a[0], o), a[1] + 1},
                  (a, b) -> new long[] {Math.min(a[0], b[0]), a[1] + b[1]})
              .filter(e -> e._2()[1] > 1)
              .mapValues(a -> a[0])
              .collectAsMap());
      Set<String> recut = new HashSet<>();
      for (Splits.FileScan f : scans) {
        if (Splits.cut(f) && !whole.contains(f.file()) && cut.value().contains(f.file())) {
          recut.add(f.file());
        }
      }
      if (recut.isEmpty()) {
        break;
      }
      ctx.err().println("ackgap: " + String.join(", ", recut.stream().sorted().toList())
          + ": a record that cannot be cut out cleanly; reading the file in one split");
      whole.addAll(recut);
    }
    log(ctx, "%d statement files in %d splits, %d parts of extracted statements, %d duplicated"
        + " ids, in %s", files.size(), splits.size(), chunks.size(), firstOfDuplicate.size(),
        since(t0));

    t0 = System.nanoTime();
    Broadcast<Map<Long, Long>> duplicates = sc.broadcast(firstOfDuplicate);
    // the previous report's subject pairs (SPEC §7), so that each part lists its new statements;
    // an empty array stands for no previous report, as a broadcast holds no null
    long[] previous = ctx.previousSubjectPairs();
    boolean comparing = previous != null;
    Broadcast<long[]> previousPairs = sc.broadcast(comparing ? previous : new long[0]);
    LocalDate asOf = ctx.options().asOf();
    boolean evaluate = ctx.options().evaluate();
    JavaRDD<SplitResult> results = sc.parallelize(work, Math.max(1, work.size()))
        .mapPartitions(it -> {
          List<SplitResult> out = new ArrayList<>(1);
          while (it.hasNext()) {
            out.add(process(it.next(), catalog.value(), reports.value(), asOf, evaluate,
                duplicates.value(), comparing ? previousPairs.value() : null, parts,
                conf(conf.value())));
          }
          return out.iterator();
        })
        // serialised: the reduce below merges into its first argument, never into a cached one
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Map<String, TopicLedger> ledgers = work.isEmpty() ? Map.of() : results
          .flatMapToPair(r -> r.ledgers().stream()
              .map(l -> new Tuple2<>(l.topic().id(), l)).iterator())
          .reduceByKey((a, b) -> {
            a.merge(b);
            return a;
          })
          .collectAsMap();
      List<SplitResult> summaries = new ArrayList<>(work.isEmpty() ? List.of()
          : results.map(SplitResult::summary).collect());
      summaries.sort(Comparator.comparingInt(SplitResult::split));
      SplitResult.Samples samples = work.isEmpty() ? null
          : results.map(SplitResult::samples).treeReduce(SplitResult.Samples::merge);
      log(ctx, "processed %d splits on Spark in %s", work.size(), since(t0));

      t0 = System.nanoTime();
      long afterAsOf = assemble(ctx, scans, formats, summaries, work, parts, conf(hadoop));
      ledgers.values().forEach(ctx::mergeLedger);
      if (samples != null) {
        ctx.absorb(samples);
      }
      log(ctx, "assembled the parts in %s", since(t0));
      return afterAsOf;
    } finally {
      reports.destroy();
      results.unpersist(false);
      Path p = new Path(parts);
      p.getFileSystem(conf(hadoop)).delete(p, true);
    }
  }

  /**
   * Lists the article files on the driver ({@link HadoopArticles}: {@code --articles}, else the
   * input's articles/ as a file:// URI) and reads them in tasks, a run of consecutive files a
   * partition, each task building one {@link ArticleWork} (the extractor) and running it on its
   * files, opened through their file system, as the single JVM's threads do, and writing what
   * they yielded as part files into the work folder ({@link ArticleYields}): the statements'
   * rows, and what the job decides on, which the driver reads back in file order once every task
   * is done, a few articles at a time, for the job to take.
   */
  @Override
  public ArticlesRead readArticles(java.nio.file.Path local, Catalog catalog,
      java.nio.file.Path scratch, Consumer<ArticleResult> unlisted) throws IOException {
    Path folder = new Path(articlesUri != null ? articlesUri : hadoopPath(local));
    List<HadoopArticles.File> files =
        HadoopArticles.list(folder, sc.hadoopConfiguration(), unlisted);
    if (files.isEmpty()) {
      return new ArticlesRead(Collections.emptyIterator(), new RowsInWork(List.of(), null,
          sc.hadoopConfiguration()));
    }
    Path yields = new Path(work != null ? withSlash(work) + "ackgap-articles-" + System.nanoTime()
        : hadoopPath(scratch.resolve(".spark-articles")));
    String at = yields.toUri().toString();
    Broadcast<Catalog> cat = sc.broadcast(catalog);
    Broadcast<Map<String, String>> conf = sc.broadcast(entries(sc.hadoopConfiguration()));
    int slices = Math.min(files.size(),
        Math.max(sc.defaultParallelism(), (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK));
    List<long[]> written;
    try {
      written = sc.parallelize(files, slices)
          .mapPartitionsWithIndex((index, it) -> {
            Configuration c = conf(conf.value());
            return List.of(ArticleYields.write(readFiles(cat.value(), c, it),
                yieldsPart(at, "part", index), yieldsPart(at, "rows", index), c)).iterator();
          }, true)
          .collect();
    } finally {
      cat.destroy();
      conf.destroy();
    }
    List<Path> parts = new ArrayList<>(slices);
    List<Path> rows = new ArrayList<>(slices);
    for (int i = 0; i < slices; i++) {
      parts.add(yieldsPart(at, "part", i));
      rows.add(yieldsPart(at, "rows", i));
    }
    // what crosses the driver, measured where it is cheap to: the sizes of the parts
    FileSystem fs = yields.getFileSystem(sc.hadoopConfiguration());
    articleParts = String.format(Locale.ROOT, "the article tasks wrote %.1f MB of what the job"
        + " decides on, which the driver read, and %.1f MB of statements' rows in %d parts, which"
        + " tasks read", mb(fs, parts), mb(fs, rows), slices);
    rowsParts = rows.stream().map(r -> r.toUri().toString()).toList();
    rowsPerPart = written.stream().mapToLong(w -> w[0]).toArray();
    linesPerPart = written.stream().mapToLong(w -> w[1]).toArray();
    return new ArticlesRead(ArticleYields.read(parts, sc.hadoopConfiguration()),
        new RowsInWork(rows, yields, sc.hadoopConfiguration()));
  }

  private static double mb(FileSystem fs, List<Path> files) throws IOException {
    long bytes = 0;
    for (Path f : files) {
      bytes += fs.getFileStatus(f).getLen();
    }
    return bytes / 1e6;
  }

  private static Path yieldsPart(String folder, String kind, int index) {
    return new Path(URI.create(folder + String.format(Locale.ROOT, "/%s-%06d", kind, index)));
  }

  /**
   * The statements' rows the article tasks wrote, read back on the driver; the folder goes with
   * them.
   */
  private record RowsInWork(List<Path> parts, Path folder, Configuration conf)
      implements StatementStage.RowParts {
    @Override
    public int count() {
      return parts.size();
    }

    @Override
    public InputStream open(int part) throws IOException {
      Path p = parts.get(part);
      return p.getFileSystem(conf).open(p);
    }

    @Override
    public void delete() throws IOException {
      if (folder != null) {
        folder.getFileSystem(conf).delete(folder, true);
      }
    }
  }

  @Override
  public boolean articlesElsewhere() {
    return articlesUri != null;
  }

  /** A task's work on its article files, the extractor built once for them, read as they go. */
  private static Iterator<ArticleWork.FileRead> readFiles(Catalog catalog, Configuration conf,
      Iterator<HadoopArticles.File> files) {
    ArticleWork work = new ArticleWork(catalog);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public ArticleWork.FileRead next() {
        HadoopArticles.File file = files.next();
        return work.read(file.name(), file.source(conf));
      }
    };
  }

  /** Appends the parts in input order; returns how many statements were after the as-of. */
  private static long assemble(StageContext ctx, List<Splits.FileScan> scans,
      Map<String, FileFormat> formats, List<SplitResult> summaries, List<Part> work,
      String parts, Configuration conf) throws IOException {
    Map<String, FileCount> counts = new LinkedHashMap<>();
    for (Splits.FileScan f : scans) {
      FileCount count = ctx.count(f.file(), f.sha256());
      count.format(formats.get(f.file()));
      counts.put(f.file(), count);
    }
    FileSystem fs = new Path(parts).getFileSystem(conf);
    long afterAsOf = 0;
    for (SplitResult s : summaries) {
      afterAsOf += s.afterAsOf();
      s.counts().forEach((file, c) -> {
        // the extracted statements' rows are counted per article file already, as articles
        if (counts.containsKey(file)) {
          counts.get(file).add(c[0], c[1], c[2]);
        }
      });
      if (s.rejects() > 0) {
        try (InputStream in = fs.open(part(parts, "rejects", s.split()))) {
          ctx.appendRejects(in, s.rejects(), s.firstRejects());
        }
      }
      try (InputStream in = fs.open(part(parts, "positions", s.split()))) {
        ctx.appendPositions(in);
      }
      try (InputStream in = fs.open(part(parts, "timeline-ids", s.split()))) {
        ctx.appendTimelineIds(in, s.timelineBytes());
      }
    }
    long extracted = 0;
    for (Part p : work) {
      if (p.chunk() != null) {
        Path rows = part(parts, "extracted", p.index());
        extracted += fs.getFileStatus(rows).getLen();
        try (InputStream in = fs.open(rows)) {
          ctx.appendExtracted(in);
        }
      }
    }
    ctx.finishExtracted();
    if (extracted > 0) {
      log(ctx, "the driver appended %.1f MB of extracted.csv's rows", extracted / 1e6);
    }
    return afterAsOf;
  }

  /**
   * Returns how each statement file reads, from its first bytes, as the single JVM decides it.
   * The splits are cut at line-feed bytes and each decodes on its own, which holds for UTF-8
   * alone: a file in another encoding is refused, naming it, rather than read differently from
   * bin/ackgap.
   *
   * @throws InputException if a file is not UTF-8
   */
  private static Map<String, FileFormat> formats(List<Splits.FileScan> scans, Configuration conf)
      throws IOException {
    Map<String, FileFormat> formats = new HashMap<>();
    for (Splits.FileScan f : scans) {
      Path path = new Path(f.uri());
      try (CsvSource csv = CsvSource.open(path.getFileSystem(conf).open(path), f.file())) {
        FileFormat format = csv.format();
        if (!format.encoding().equals(StandardCharsets.UTF_8.name())) {
          throw new InputException(f.file() + " reads as " + format.describe()
              + "; on Spark statement files must be UTF-8: save it as UTF-8, or run bin/ackgap");
        }
        formats.put(f.file(), format);
      }
    }
    return formats;
  }

  /** Pass 2: the key and input order of every accepted statement of a part. */
  private static List<Tuple2<Long, Long>> ids(Part part, Catalog catalog, int[] reports,
      Configuration conf, CollectionAccumulator<String> cut) throws IOException {
    StatementParser parser = new StatementParser(catalog);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    if (part.split() == null) {
      try (RowSource rows = articleRows(part.chunk(), reports, conf, null)) {
        long r = 0;
        for (Row row = rows.next(); row != null; row = rows.next(), r++) {
          String id = SplitWork.acceptedId(parser, row);
          if (id != null) {
            out.add(new Tuple2<>(SplitWork.idKey(id), SplitWork.order(part.index(), r)));
          }
        }
      }
      return out;
    }
    Splits.Split split = part.split();
    boolean malformed = false;
    try (CsvSource csv = CsvSource.open(Splits.open(split, conf), split.file())) {
      long r = 0;
      for (Row row = csv.next(); row != null; row = csv.next(), r++) {
        malformed |= SplitWork.cutsRecords(row);
        String id = SplitWork.acceptedId(parser, row);
        if (id != null) {
          out.add(new Tuple2<>(SplitWork.idKey(id), SplitWork.order(split.index(), r)));
        }
      }
    }
    if (malformed) {
      cut.add(split.file());
    }
    return out;
  }

  /** Pass 3: the job's work on one part, its tables' rows written as part files. */
  private static SplitResult process(Part part, Catalog catalog, int[] reports, LocalDate asOf,
      boolean evaluate, Map<Long, Long> duplicates, long[] previousPairs, String parts,
      Configuration conf) throws IOException {
    FileSystem fs = new Path(parts).getFileSystem(conf);
    java.nio.file.Path ids = Files.createTempFile("ackgap-timeline-ids", ".tmp");
    try {
      SplitResult result;
      // a split of a statement file, or an article task's part of statements' rows: of those,
      // the kept, each with its line among the rows of the articles used, and its extracted.csv
      // row written as a part too
      boolean extracted = part.split() == null;
      try (OutputStream positions = fs.create(part(parts, "positions", part.index()), true);
          OutputStream rejects = fs.create(part(parts, "rejects", part.index()), true);
          OutputStream extractedRows = extracted
              ? new BufferedOutputStream(fs.create(part(parts, "extracted", part.index()), true),
                  1 << 16)
              : null;
          SplitWork work = new SplitWork(catalog, asOf, evaluate, part.index(), extracted,
              duplicates, positions, ids, rejects, previousPairs);
          RowSource rows = extracted ? articleRows(part.chunk(), reports, conf, extractedRows)
              : splitRows(part.split(), conf)) {
        long r = 0;
        for (Row row = rows.next(); row != null; row = rows.next(), r++) {
          work.accept(row, SplitWork.order(part.index(), r));
        }
        result = work.finish();
      }
      fs.copyFromLocalFile(true, true, new Path(ids.toUri()),
          part(parts, "timeline-ids", part.index()));
      return result;
    } finally {
      Files.deleteIfExists(ids);
    }
  }

  /** The rows of a part, one at a time, null after the last. */
  interface RowSource extends java.io.Closeable {
    Row next() throws IOException;
  }

  /** Returns a split's rows, numbered by their line in the whole file. */
  private static RowSource splitRows(Splits.Split split, Configuration conf) throws IOException {
    CsvSource csv = CsvSource.open(Splits.open(split, conf), split.file());
    return new RowSource() {
      @Override
      public Row next() throws IOException {
        Row row = csv.next();
        return row == null ? null : new Row(row.file(), row.line() + split.lineShift(),
            row.raw(), row.problem(), row.values(), row.columns(), row.decodedFrom());
      }

      @Override
      public void close() throws IOException {
        csv.close();
      }
    };
  }

  /**
   * Returns the article tasks' parts of statements' rows as tasks read them: where each starts
   * among the rows of the articles used, and the rows of duplicate article ids in it.
   */
  private List<Chunk> chunks(StageContext ctx) {
    List<ArticleRows.Skip> skips = ctx.extractedSkips();
    List<ArticleRows.Start> starts = ArticleRows.starts(rowsPerPart, linesPerPart, skips);
    List<Chunk> chunks = new ArrayList<>(rowsParts.size());
    for (int p = 0; p < rowsParts.size(); p++) {
      long from = starts.get(p).row();
      long to = from + rowsPerPart[p];
      chunks.add(new Chunk(rowsParts.get(p), starts.get(p),
          skips.stream().filter(k -> k.from() >= from && k.from() < to).toList()));
    }
    return chunks;
  }

  /**
   * Returns the kept statements of an article task's part ({@link ArticleRows}); each one's row
   * of extracted.csv goes to {@code extracted}, unless null.
   */
  private static RowSource articleRows(Chunk chunk, int[] reports, Configuration conf,
      OutputStream extracted) {
    ArticleRows rows = new ArticleRows(
        new RowsInWork(List.of(new Path(URI.create(chunk.uri()))), null, conf), chunk.start(),
        chunk.skips(), reports);
    CsvOut.Formatter formatter = new CsvOut.Formatter();
    return new RowSource() {
      @Override
      public Row next() throws IOException {
        Row row = rows.next();
        if (row != null && extracted != null) {
          formatter.row(rows.extracted());
          extracted.write(formatter.take().getBytes(StandardCharsets.UTF_8));
        }
        return row;
      }

      @Override
      public void close() throws IOException {
        rows.close();
      }
    };
  }

  /**
   * An article task's part of statements' rows, as a task reads it back.
   *
   * @param uri where it is
   * @param start where it starts among the rows of all parts
   * @param skips the rows of duplicate article ids in it
   */
  record Chunk(String uri, ArticleRows.Start start, List<ArticleRows.Skip> skips)
      implements java.io.Serializable {}

  /** A task's input: a split of a statement file, or a part of the extracted statements. */
  record Part(Splits.Split split, Chunk chunk, int index) implements java.io.Serializable {

    /** Returns the splits, then the parts of extracted statements, numbered on after them. */
    static List<Part> of(List<Splits.Split> splits, List<Chunk> chunks) {
      List<Part> parts = new ArrayList<>(splits.size() + chunks.size());
      for (Splits.Split s : splits) {
        parts.add(new Part(s, null, s.index()));
      }
      for (int c = 0; c < chunks.size(); c++) {
        parts.add(new Part(null, chunks.get(c), splits.size() + c));
      }
      return parts;
    }
  }

  private static Path part(String parts, String table, int split) {
    return new Path(parts + String.format(Locale.ROOT, "%s-%06d", table, split));
  }

  private static Map<String, String> entries(Configuration conf) {
    Map<String, String> entries = new HashMap<>();
    conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
    return entries;
  }

  private static Configuration conf(Map<String, String> entries) {
    Configuration c = new Configuration(false);
    entries.forEach(c::set);
    return c;
  }

  /**
   * Returns a local path as Hadoop's paths are written, unescaped ({@code file:/a b/c}), as the
   * URIs of --statements, --articles and --work are given: a java.nio URI's {@code %20} would be
   * taken as the three characters.
   */
  private static String hadoopPath(java.nio.file.Path local) {
    return new Path(local.toAbsolutePath().toUri()).toString();
  }

  private static String withSlash(String uri) {
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static void log(StageContext ctx, String format, Object... args) {
    ctx.err().println("ackgap: " + String.format(Locale.ROOT, format, args));
  }

  private static String since(long t0) {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9);
  }
}
