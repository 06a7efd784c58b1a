package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
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
import org.ackgap.extract.ExtractedStatement;
import org.ackgap.extract.ReportMerger;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.CsvSource;
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
 * <p>Memory does not grow with the statements: they go to a file in the staging folder as they
 * are found, the merge keeps some 40 bytes of each attribution, and {@link Statements} reads the
 * file back, writing extracted.csv and handing on the statements that are kept.
 */
final class ArticleInput {

  /** The columns of extracted.csv (SPEC §6). */
  static final List<String> EXTRACTED = List.of("statement_id", "article_id", "date",
      "source_id", "speaker", "cue", "text", "url", "reports");
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
    Taking taking = new Taking(rejects, staging.resolve(SPILL));
    try (taking) {
      List<ArticleResult> unlisted = new ArrayList<>();
      Iterator<List<ArticleWork.Found>> elsewhere =
          stage == null ? null : stage.readArticles(articles, catalog, staging, unlisted::add);
      List<String> files =
          elsewhere == null ? ArticleFolder.files(articles, unlisted::add) : List.of();
      for (ArticleResult r : unlisted) {
        taking.take(List.of(ArticleWork.Found.of(r, null)));
      }
      if (elsewhere != null) {
        while (elsewhere.hasNext()) {
          taking.take(elsewhere.next());
        }
      } else {
        readHere(articles, files, new ArticleWork(catalog), threads, taking);
      }
    }
    counts.addAll(taking.byFile.values());

    taking.writeSpeakers(staging);
    return new Statements(staging, taking.merger.decide(taking.ordinal), taking.articles,
        taking.pruned);
  }

  /** Reads the files and finds their articles' statements on every core, taken in order. */
  private static void readHere(Path articles, List<String> files, ArticleWork work, int threads,
      Taking taking) throws IOException, InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads,
        AckgapJob.daemon("ackgap-articles"));
    Deque<Future<List<ArticleWork.Found>>> inflight = new ArrayDeque<>();
    try {
      for (String file : files) {
        inflight.add(pool.submit(() -> work.read(file, ArticleFolder.local(articles, file))));
        while (inflight.size() > 2 * threads) {
          taking.take(inflight.poll().get());
        }
      }
      while (!inflight.isEmpty()) {
        taking.take(inflight.poll().get());
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
    final ReportMerger merger;
    final RejectSink rejects;
    final CsvOut spill;
    int ordinal;
    long articles;
    /** Whether speakers seen once were dropped. */
    boolean pruned;

    Taking(RejectSink rejects, Path spill) throws IOException {
      this.rejects = rejects;
      this.merger = new ReportMerger(spill.resolveSibling(spill.getFileName() + ".merge"));
      this.spill = new CsvOut(Files.newOutputStream(spill), EXTRACTED);
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
          continue;
        }
        count.used();
        articles++;
        int place = 0;
        for (ExtractedStatement s : f.yield().statements()) {
          if (!s.ownVoice()) {
            merger.add(s, ordinal, place);
          }
          spill.row(s.id(), s.articleId(), s.date().toString(), s.sourceId(), s.speaker(),
              s.cue(), s.text(), s.url(), "1");
          ordinal++;
          place++;
        }
        for (ArticleStatements.Unmatched u : f.yield().unmatched()) {
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
        spill.close();
      } finally {
        merger.close();
      }
    }
  }

  /**
   * The statements the articles yielded, read back from the staging folder: each call of {@link
   * #next} writes a kept statement's row of extracted.csv and returns it as a row of the
   * statements table ({@code statement_id, date, source_id, text, url, article_id}), so that it
   * goes on like any statements.csv row. Merged reports are left out.
   */
  static final class Statements implements Closeable {
    private final Path staging;
    private final ReportMerger.Decision decision;
    private final long articles;
    private final boolean speakersPruned;
    private CsvSource spill;
    private CsvOut extracted;
    private int ordinal;

    private Statements(Path staging, ReportMerger.Decision decision, long articles,
        boolean speakersPruned) {
      this.staging = staging;
      this.decision = decision;
      this.articles = articles;
      this.speakersPruned = speakersPruned;
    }

    /** No articles at all. */
    static Statements none() {
      return new Statements(null, null, 0, false);
    }

    /** Returns whether speakers.csv leaves out speakers seen once, there being too many. */
    boolean speakersPruned() {
      return speakersPruned;
    }

    /** Returns how many articles were read. */
    long articles() {
      return articles;
    }

    /** Returns the next kept statement, or null after the last. */
    Row next() throws IOException {
      if (staging == null) {
        return null;
      }
      if (spill == null) {
        spill = CsvSource.open(staging.resolve(SPILL), InputFolder.ARTICLES);
        extracted = new CsvOut(AckgapJob.out(staging, "extracted.csv"), EXTRACTED);
      }
      for (Row row = spill.next(); row != null; row = spill.next()) {
        int at = ordinal++;
        if (!decision.kept(at)) {
          continue;
        }
        String reports = Integer.toString(decision.reports()[at]);
        extracted.row(row.get("statement_id"), row.get("article_id"), row.get("date"),
            row.get("source_id"), row.get("speaker"), row.get("cue"), row.getRaw("text"),
            row.get("url"), reports);
        return row;
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      if (spill != null) {
        spill.close();
        extracted.close();
        Files.deleteIfExists(staging.resolve(SPILL));
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
