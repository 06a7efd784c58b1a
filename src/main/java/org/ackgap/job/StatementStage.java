package org.ackgap.job;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

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
}
