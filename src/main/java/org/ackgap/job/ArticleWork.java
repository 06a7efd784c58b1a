package org.ackgap.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.extract.ArticleStatements;
import org.ackgap.extract.AttributionExtractor;
import org.ackgap.extract.SpeakerIndex;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.article.ArticleFolder;
import org.ackgap.ingest.article.ArticleResult;
import org.ackgap.ingest.article.Outlets;

/**
 * The job's work on one article file, anywhere (a thread of this JVM, or a distributed engine's
 * task, SPEC §8): read the file's articles and find the statements inside each. What it returns
 * is then taken in file order by {@link ArticleInput}, which rejects duplicate article ids,
 * merges the reports of one statement and writes extracted.csv and speakers.csv, the same
 * wherever the files were read. Thread-safe; building one costs the extractor's set-up, so a
 * task builds one per partition.
 */
public final class ArticleWork {

  private final ArticleStatements stage;
  private final Outlets outlets;

  /** Creates the work for a run's catalog: the sources' aliases and domains. */
  public ArticleWork(Catalog catalog) {
    this.stage = new ArticleStatements(AttributionExtractor.standard(),
        SpeakerIndex.of(catalog.aliases()));
    this.outlets = new Outlets(catalog.sources().keySet(), catalog.domains());
  }

  /**
   * Reads one file, named by its path under the articles folder with '/' separators, from {@code
   * source} (a local folder's file, or another file system's), and returns each article, feed
   * item or bulk row it holds, read or rejected, with what it yielded. Never throws for a bad
   * file: whatever goes wrong is a reject.
   */
  public List<Found> read(String file, ArticleFolder.Source source) {
    List<Found> found = new ArrayList<>();
    ArticleFolder.readFile(file, source, outlets, ArticleFolder.DEFAULT_MAX_BYTES,
        r -> found.add(Found.of(r, r instanceof ArticleResult.Read a
            ? stage.of(a.article()) : null)));
    return found;
  }

  /**
   * An article read (or rejected) and what it yielded; serialisable, so that a task can send it
   * to the driver. The article's body stays where it was read: only its id goes on.
   *
   * @param file the path under articles/
   * @param item the line of a bulk row, the number of a feed item, or 0 for a whole file
   * @param reason why it is rejected, or null when it was read
   * @param articleId the article's id, or null when it is rejected
   * @param yield its statements and unmatched speakers, or null when it is rejected
   */
  public record Found(String file, long item, String reason, String articleId,
      ArticleStatements.Yield yield) implements Serializable {

    static Found of(ArticleResult result, ArticleStatements.Yield yield) {
      if (result instanceof ArticleResult.Rejected r) {
        return new Found(r.file(), r.item(), r.reason(), null, null);
      }
      ArticleResult.Read read = (ArticleResult.Read) result;
      return new Found(read.file(), read.item(), null, read.article().id(), yield);
    }

    /** Returns whether it is a reject. */
    boolean rejected() {
      return reason != null;
    }
  }
}
