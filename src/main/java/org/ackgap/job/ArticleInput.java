package org.ackgap.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashSet;
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
import org.ackgap.extract.AttributionExtractor;
import org.ackgap.extract.ExtractedStatement;
import org.ackgap.extract.SpeakerIndex;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.FileCount;
import org.ackgap.ingest.InputFolder;
import org.ackgap.ingest.RejectSink;
import org.ackgap.ingest.Row;
import org.ackgap.ingest.article.Article;
import org.ackgap.ingest.article.ArticleFolder;
import org.ackgap.ingest.article.ArticleResult;
import org.ackgap.ingest.article.Outlets;
import org.ackgap.report.csv.CsvOut;

/**
 * The articles of an input (SPEC §6), read and turned into statements: each article's outlet
 * voice and attributions, the reports of one statement merged, written to extracted.csv and
 * speakers.csv, and handed on as rows of the statements table so that they go through the same
 * parsing, matching and classification as any other statement.
 */
final class ArticleInput {

  /** The columns of extracted.csv (SPEC §6). */
  static final List<String> EXTRACTED = List.of("statement_id", "article_id", "date",
      "source_id", "speaker", "cue", "text", "url", "reports");
  /** The columns of speakers.csv (SPEC §6). */
  static final List<String> SPEAKERS = List.of("speaker", "count", "articles", "example");
  /** The columns the statements' rows have: those of statements.csv and their article. */
  private static final Map<String, Integer> COLUMNS = Map.of("statement_id", 0, "date", 1,
      "source_id", 2, "text", 3, "url", 4, "article_id", 5);
  /** Article ids listed per unmatched speaker in speakers.csv. */
  private static final int LISTED = 10;

  /**
   * What the articles gave.
   *
   * @param statements the statements, as rows of the statements table, in article order
   * @param articles how many articles were read
   */
  record Read(List<Row> statements, long articles) {}

  private ArticleInput() {}

  /**
   * Reads the articles folder, counts and rejects per file, and writes extracted.csv and
   * speakers.csv into {@code staging}.
   *
   * @throws IOException if the folder cannot be listed or a table cannot be written
   */
  static Read read(Path articles, Catalog catalog, RejectSink rejects, List<FileCount> counts,
      Path staging, int threads) throws IOException, InterruptedException, ExecutionException {
    ArticleStatements stage = new ArticleStatements(AttributionExtractor.standard(),
        SpeakerIndex.of(catalog.aliases()));
    Outlets outlets = new Outlets(catalog.sources().keySet(), catalog.domains());
    Map<String, FileCount> byFile = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    List<ExtractedStatement> all = new ArrayList<>();
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    long read = 0;
    List<ArticleResult> unlisted = new ArrayList<>();
    List<String> files = ArticleFolder.files(articles, unlisted::add);
    // files are read and their articles' statements found on every core, then taken in order
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ackgap-articles");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<List<Found>>> inflight = new ArrayDeque<>();
    for (ArticleResult r : unlisted) {
      read += take(List.of(new Found(r, null)), byFile, ids, all, speakers, rejects);
    }
    try {
      for (String file : files) {
        inflight.add(pool.submit(() -> {
          List<Found> found = new ArrayList<>();
          ArticleFolder.readFile(articles, file, outlets, ArticleFolder.DEFAULT_MAX_BYTES,
              r -> found.add(new Found(r, r instanceof ArticleResult.Read a
                  ? stage.of(a.article()) : null)));
          return found;
        }));
        while (inflight.size() > 2 * threads) {
          read += take(inflight.poll().get(), byFile, ids, all, speakers, rejects);
        }
      }
      while (!inflight.isEmpty()) {
        read += take(inflight.poll().get(), byFile, ids, all, speakers, rejects);
      }
    } finally {
      pool.shutdownNow();
    }
    counts.addAll(byFile.values());
    List<ExtractedStatement> merged = ArticleStatements.merge(all);
    try (OutputStream out = AckgapJob.out(staging, "extracted.csv");
        CsvOut csv = new CsvOut(out, EXTRACTED)) {
      for (ExtractedStatement s : merged) {
        csv.row(s.id(), s.articleId(), s.date().toString(), s.sourceId(), s.speaker(), s.cue(),
            s.text(), s.url(), Integer.toString(s.reports()));
      }
    }
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
    List<Row> rows = new ArrayList<>(merged.size());
    for (ExtractedStatement s : merged) {
      List<String> values = List.of(s.id(), s.date().toString(), s.sourceId(), s.text(), s.url(),
          s.articleId());
      rows.add(new Row(InputFolder.ARTICLES, 0, String.join(",", values), null, values, COLUMNS));
    }
    return new Read(rows, read);
  }

  /** An article read (or rejected) and what it yielded. */
  private record Found(ArticleResult result, ArticleStatements.Yield yield) {}

  /** Takes one file's articles in order; returns how many were used. */
  private static long take(List<Found> found, Map<String, FileCount> byFile, Set<String> ids,
      List<ExtractedStatement> all, Map<String, Speaker> speakers, RejectSink rejects) {
    long used = 0;
    for (Found f : found) {
      ArticleResult result = f.result();
      String file = InputFolder.ARTICLES + "/" + result.file();
      FileCount count = byFile.computeIfAbsent(file, FileCount::new);
      count.read();
      if (result instanceof ArticleResult.Rejected r) {
        count.rejected();
        rejects.reject(new Reject(file, r.item(), r.reason(), ""));
        continue;
      }
      Article a = ((ArticleResult.Read) result).article();
      if (!ids.add(a.id())) {
        count.rejected();
        rejects.reject(new Reject(file, a.item(), "duplicate article id '" + a.id()
            + "'; the first article with it is kept", ""));
        continue;
      }
      count.used();
      used++;
      all.addAll(f.yield().statements());
      for (ArticleStatements.Unmatched u : f.yield().unmatched()) {
        speakers.computeIfAbsent(u.speaker(), k -> new Speaker(u.example())).add(u.articleId());
      }
    }
    return used;
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
      articles.add(article);
    }
  }
}
