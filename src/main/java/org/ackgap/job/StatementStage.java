package org.ackgap.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.ackgap.ingest.Catalog;

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
   * Reads the article files in tasks of its own, each with an {@link ArticleWork}, before {@link
   * #run}; the job then takes what they yielded in file order, as it takes what its own threads
   * read. The statements the articles yield come to {@link #run} through {@link
   * StageContext#nextExtracted}.
   *
   * @param articles the articles folder
   * @param files the files to read, paths under {@code articles} with '/' separators, in order
   * @param catalog the run's catalog
   * @return what each file yielded, file by file in {@code files}' order; or null to have the job
   *     read them on its own threads
   * @throws IOException if the engine cannot read them
   */
  default Iterator<List<ArticleWork.Found>> readArticles(Path articles, List<String> files,
      Catalog catalog) throws IOException {
    return null;
  }
}
