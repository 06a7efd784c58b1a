package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ackgap.Reject;
import org.ackgap.extract.ArticleStatements;
import org.ackgap.extract.ReportMerger;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.IdSet;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.RejectSink;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.article.ArticleFolder;
import org.ackgap.ingest.article.ArticleResult;
import org.ackgap.report.csv.CsvOut;

/**
 * The articles of an input (SPEC §6), read and turned into statements: each article's outlet
 * voice and attributions, the reports of one statement merged, written to extracted.csv and
 * speakers.csv, and handed on as rows of the statements table so that they go through the same
 * parsing, matching and classification as any other statement.
 *
 * <p>Memory does not grow with the statements: their rows go to a file in the staging folder as
 * they are found (or stay in a distributed stage's part files), the merge keeps some 40 bytes of
 * each attribution, and {@link Statements} reads the rows back, writing extracted.csv and handing
 * on the statements that are kept. A duplicate article id is known only here, in file order,
 * after its rows were written: its rows are skipped on reading back, so that the merge's
 * ordinals and the lines a reject names count the rows of the articles used alone.
 */
final class ArticleInput {

  /** The columns of speakers.csv (SPEC §6). */
  static final List<String> SPEAKERS = List.of("speaker", "count", "articles", "example");
  /** The file the statements wait in, in the staging folder, until the merge has seen them all. */
  private static final String SPILL = "extracted.tmp";
  /** Article ids listed per unmatched speaker in speakers.csv. */
  private static final int LISTED = 10;
  /**
   * Distinct unmatched speakers kept before the rarest are dropped (down to half of this):
   * speakers.csv is for the frequent ones an analyst should add as aliases, and the long tail of a
   * million articles would not fit in memory.
   */
  static final int SPEAKERS_KEPT = 50_000;

  private ArticleInput() {}

  /**
   * Reads the articles folder (files on {@code threads} threads, or in {@code stage}'s tasks when
   * it reads articles; taken in path order), counts and rejects per file, writes speakers.csv
   * into {@code staging}, and returns the statements to be read back.
   *
   * @param articles the input's articles folder, or null when {@code stage} reads articles of its
   *     own
   * @param stage the run's distributed stage, or null
   * @throws IOException if the folder cannot be listed or a file cannot be written
   */
  static Statements read(Path articles, Catalog catalog, RejectSink rejects,
      List<FileCount> counts, Path staging, int threads, StatementStage stage)
      throws IOException, InterruptedException, ExecutionException {
    List<ArticleResult> unlisted = new ArrayList<>();
    StatementStage.ArticlesRead elsewhere =
        stage == null ? null : stage.readArticles(articles, catalog, staging, unlisted::add);
    StatementStage.RowParts rows = elsewhere != null ? elsewhere.rows() : new Spill(staging);
    Taking taking = new Taking(rejects, staging.resolve(SPILL + ".merge"),
        elsewhere == null ? staging.resolve(SPILL) : null);
    try (taking) {
      List<String> files =
          elsewhere == null ? ArticleFolder.files(articles, unlisted::add) : List.of();
      for (ArticleResult r : unlisted) {
        taking.take(List.of(ArticleWork.Found.rejected((ArticleResult.Rejected) r)));
      }
      if (elsewhere != null) {
        while (elsewhere.found().hasNext()) {
          taking.take(elsewhere.found().next());
        }
      } else {
        readHere(articles, files, new ArticleWork(catalog), threads, taking);
      }
    }
    counts.addAll(taking.byFile.values());

    taking.writeSpeakers(staging);
    return new Statements(staging, rows, taking.skips, taking.merger.decide(taking.ordinal),
        taking.articles, taking.pruned);
  }

  /** Reads the files and finds their articles' statements on every core, taken in order. */
  private static void readHere(Path articles, List<String> files, ArticleWork work, int threads,
      Taking taking) throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads,
        AckgapJob.daemon("ackgap-articles"));
    Deque<Future<ArticleWork.FileRead>> inflight = new ArrayDeque<>();
    try {
      for (String file : files) {
        inflight.add(pool.submit(() -> work.read(file, ArticleFolder.local(articles, file))));
        while (inflight.size() > 2 * threads) {
          taking.spill(inflight.poll().get());
        }
      }
      while (!inflight.isEmpty()) {
        taking.spill(inflight.poll().get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What is kept of the articles as they are taken, in order, on one thread. */
  private static final class Taking implements Closeable {
    final Map<String, FileCount> byFile = new LinkedHashMap<>();
    final IdSet ids = new IdSet();
    final Map<String, Speaker> speakers = new LinkedHashMap<>();
    final List<ArticleRows.Skip> skips = new ArrayList<>();
    final ReportMerger merger;
    final RejectSink rejects;
    /** The rows of the files read here, or null when a stage's tasks wrote them. */
    final CsvOut spill;
    /** Rows written, those of duplicate ids included. */
    int row;
    /** Rows of the articles used: the merge's ordinals. */
    int ordinal;
    long articles;
    /** Whether speakers seen once were dropped. */
    boolean pruned;

    Taking(RejectSink rejects, Path merge, Path spill) throws IOException {
      this.rejects = rejects;
      this.merger = new ReportMerger(merge);
      this.spill = spill == null ? null
          : new CsvOut(Files.newOutputStream(spill), ArticleWork.EXTRACTED);
    }

    /** Writes a file's rows into the spill and takes its articles. */
    void spill(ArticleWork.FileRead read) throws IOException {
      spill.rows(read.rows());
      take(read.found());
    }

    void take(List<ArticleWork.Found> found) throws IOException {
      for (ArticleWork.Found f : found) {
        String file = InputFolder.ARTICLES + "/" + f.file();
        FileCount count = byFile.computeIfAbsent(file, FileCount::new);
        count.read();
        if (f.rejected()) {
          count.rejected();
          rejects.reject(new Reject(file, f.item(), f.reason(), ""));
          continue;
        }
        if (!ids.add(f.articleId())) {
          count.rejected();
          rejects.reject(new Reject(file, f.item(), "duplicate article id '" + f.articleId()
              + "'; the first article with it is kept", ""));
          if (f.statements() > 0) {
            skips.add(new ArticleRows.Skip(row, f.statements(), f.lines()));
          }
          row += f.statements();
          continue;
        }
        count.used();
        articles++;
        for (ReportMerger.Report r : f.reports()) {
          merger.add(r, ordinal + r.place(), f.articleId());
        }
        ordinal += f.statements();
        row += f.statements();
        for (ArticleStatements.Unmatched u : f.unmatched()) {
          speakers.computeIfAbsent(u.speaker(), k -> new Speaker(u.example()))
              .add(u.articleId());
        }
        if (speakers.size() > SPEAKERS_KEPT) {
          // down to half, the rarest first, so that pruning comes seldom whatever the tail
          for (int rare = 1; speakers.size() > SPEAKERS_KEPT / 2; rare++) {
            int below = rare;
            speakers.values().removeIf(sp -> sp.count <= below);
          }
          pruned = true;
        }
      }
    }

    void writeSpeakers(Path staging) throws IOException {
      try (OutputStream out = AckgapJob.out(staging, "speakers.csv");
          CsvOut csv = new CsvOut(out, SPEAKERS)) {
        List<Map.Entry<String, Speaker>> sorted = new ArrayList<>(speakers.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, Speaker> e) -> -e.getValue().count)
            .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Speaker> e : sorted) {
          Speaker sp = e.getValue();
          csv.row(e.getKey(), Integer.toString(sp.count),
              String.join(";", sp.articles.stream().limit(LISTED).toList()), sp.example);
        }
      }
    }

    @Override
    public void close() throws IOException {
      try {
        if (spill != null) {
          spill.close();
        }
      } finally {
        merger.close();
      }
    }
  }

  /** The spill of the files read on this JVM's threads: one part. */
  private record Spill(Path staging) implements StatementStage.RowParts {
    @Override
    public int count() {
      return 1;
    }

    @Override
    public InputStream open(int part) throws IOException {
      return Files.newInputStream(staging.resolve(SPILL));
    }

    @Override
    public void delete() throws IOException {
      Files.deleteIfExists(staging.resolve(SPILL));
    }
  }

  /**
   * The statements the articles yielded, read back from the spill's parts ({@link ArticleRows}):
   * each call of {@link #next} writes a kept statement's row of extracted.csv and returns it as a
   * row of the statements table ({@code statement_id, date, source_id, text, url, article_id}),
   * so that it goes on like any statements.csv row. A distributed stage reads the parts in its
   * tasks instead ({@link #skips}, {@link #reports}) and {@linkplain #append appends} the rows of
   * extracted.csv they wrote.
   */
  static final class Statements implements Closeable {
    private final Path staging;
    private final StatementStage.RowParts parts;
    private final List<ArticleRows.Skip> skips;
    private final ReportMerger.Decision decision;
    private final long articles;
    private final boolean speakersPruned;
    private ArticleRows rows;
    private CsvOut extracted;

    private Statements(Path staging, StatementStage.RowParts parts, List<ArticleRows.Skip> skips,
        ReportMerger.Decision decision, long articles, boolean speakersPruned) {
      this.staging = staging;
      this.parts = parts;
      this.skips = List.copyOf(skips);
      this.decision = decision;
      this.articles = articles;
      this.speakersPruned = speakersPruned;
    }

    /** No articles at all. */
    static Statements none() {
      return new Statements(null, null, List.of(), null, 0, false);
    }

    /** Returns whether speakers.csv leaves out speakers seen once, there being too many. */
    boolean speakersPruned() {
      return speakersPruned;
    }

    /** Returns how many articles were read. */
    long articles() {
      return articles;
    }

    /** Returns the rows of duplicate article ids, skipped on reading back. */
    List<ArticleRows.Skip> skips() {
      return skips;
    }

    /** Returns the merge's decision, by ordinal: 0 for a report of another statement. */
    int[] reports() {
      return decision.reports();
    }

    /** Returns the next kept statement, or null after the last. */
    Row next() throws IOException {
      if (staging == null) {
        return null;
      }
      if (rows == null) {
        rows = new ArticleRows(parts, ArticleRows.Start.FIRST, skips, decision.reports());
      }
      Row row = rows.next();
      if (row != null) {
        extracted().row(rows.extracted());
      }
      return row;
    }

    /** Appends rows of extracted.csv formatted elsewhere, in order. */
    void append(InputStream formatted) throws IOException {
      extracted().rows(formatted);
    }

    private CsvOut extracted() throws IOException {
      if (extracted == null) {
        extracted =
            new CsvOut(AckgapJob.out(staging, "extracted.csv"), ArticleWork.EXTRACTED);
      }
      return extracted;
    }

    /** Finishes extracted.csv and deletes the parts. */
    @Override
    public void close() throws IOException {
      if (staging == null) {
        return;
      }
      try {
        if (rows != null) {
          rows.close();
        }
        extracted().close();
      } finally {
        parts.delete();
      }
    }
  }

  /** An unmatched speaker: how often, in which articles, and the first sentence naming it. */
  private static final class Speaker {
    final String example;
    final Set<String> articles = new LinkedHashSet<>();
    int count;

    Speaker(String example) {
      this.example = example;
    }

    void add(String article) {
      count++;
      if (articles.size() < LISTED) {
        articles.add(article);
      }
    }
  }
}
