package org.ackgap.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.article.ArticleResult;

/**
 * The job's middle stage: read the statement files, process every row, collect the results in
 * input order. {@link StatementStream} does it on this JVM's threads; a distributed engine does
 * it in tasks over parts of the input ({@link SplitWork}) and hands the merged parts back
 * through the {@link StageContext} (SPEC §8).
 */
public interface StatementStage {

  /**
   * Runs the stage into the context's collector, rejects and counts.
   *
   * @return how many statements were dated after the as-of
   * @throws org.ackgap.ingest.InputException if the input cannot be used
   */
  long run(StageContext context) throws IOException, InterruptedException, ExecutionException;

  /**
   * Lists and reads the article files in tasks of its own, each with an {@link ArticleWork},
   * before {@link #run}; the job then takes what they found in file order, as it takes what its
   * own threads read; the statements' rows stay in the stage's parts, which {@link #run} reads
   * back in its tasks (see {@link StageContext#hasExtracted}).
   *
   * @param local the input folder's articles folder, or null when it has none (the stage then
   *     reads {@linkplain #articlesElsewhere its own})
   * @param catalog the run's catalog
   * @param scratch a local folder for files of the run's own (the staging folder), deleted with it
   * @param unlisted gets what the listing rejects (a sub-folder that cannot be listed, a symbolic
   *     link), in path order, before this returns
   * @return what the files held, or null to have the job list and read {@code local} on its own
   *     threads
   * @throws IOException if the engine cannot list or read them
   */
  default ArticlesRead readArticles(Path local, Catalog catalog, Path scratch,
      Consumer<ArticleResult> unlisted) throws IOException {
    return null;
  }

  /**
   * What a stage's tasks read of the articles.
   *
   * @param found the articles, file by file in the order of {@link
   *     org.ackgap.ingest.article.ArticleFolder#files}, a file's in one list or several
   * @param rows their statements' rows, every {@link ArticleWork.FileRead#rows} in the same order
   */
  record ArticlesRead(Iterator<List<ArticleWork.Found>> found, RowParts rows) {}

  /**
   * Part files of CSV that hold, one after the other, a table's rows: each part with the header.
   */
  interface RowParts {
    /** Returns how many parts there are. */
    int count();

    /** Opens a part, counted from 0. */
    InputStream open(int part) throws IOException;

    /** Deletes the parts. */
    void delete() throws IOException;
  }

  /**
   * Returns whether the stage reads articles from a folder of its own rather than the input
   * folder's articles/, so that the input needs neither that folder nor a statements file.
   */
  default boolean articlesElsewhere() {
    return false;
  }
}
