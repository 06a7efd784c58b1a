package org.ackgap.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.extract.ArticleStatements;
import org.ackgap.extract.AttributionExtractor;
import org.ackgap.extract.ExtractedStatement;
import org.ackgap.extract.ReportMerger;
import org.ackgap.extract.SpeakerIndex;
import org.ackgap.ingest.Catalog;
import org.ackgap.ingest.CsvSource;
import org.ackgap.ingest.article.ArticleFolder;
import org.ackgap.ingest.article.ArticleResult;
import org.ackgap.ingest.article.Outlets;
import org.ackgap.report.csv.CsvOut;

/**
 * The job's work on one article file, anywhere (a thread of this JVM, or a distributed engine's
 * task, SPEC §8): read the file's articles and find the statements inside each. What it returns
 * is then taken in file order by {@link ArticleInput}, which rejects duplicate article ids,
 * merges the reports of one statement and writes extracted.csv and speakers.csv, the same
 * wherever the files were read. Thread-safe; building one costs the extractor's set-up, so a
 * task builds one per partition.
 */
public final class ArticleWork {

  /** The columns of extracted.csv (SPEC §6), and of the rows {@link #read} returns. */
  public static final List<String> EXTRACTED = List.of("statement_id", "article_id", "date",
      "source_id", "speaker", "cue", "text", "url", "reports");

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
   * item or bulk row it holds, read or rejected, with what the job decides on, and the rows of
   * the statements they yielded. Never throws for a bad file: whatever goes wrong is a reject.
   */
  public FileRead read(String file, ArticleFolder.Source source) {
    List<Found> found = new ArrayList<>();
    CsvOut.Formatter rows = new CsvOut.Formatter();
    ArticleFolder.readFile(file, source, outlets, ArticleFolder.DEFAULT_MAX_BYTES, r -> {
      if (r instanceof ArticleResult.Rejected rejected) {
        found.add(Found.rejected(rejected));
        return;
      }
      ArticleResult.Read a = (ArticleResult.Read) r;
      ArticleStatements.Yield yield = stage.of(a.article());
      List<ReportMerger.Report> reports = new ArrayList<>();
      int place = 0;
      int lines = 0;
      for (ExtractedStatement s : yield.statements()) {
        if (!s.ownVoice()) {
          reports.add(ReportMerger.Report.of(s, place));
        }
        List<String> row = List.of(s.id(), s.articleId(), s.date().toString(), s.sourceId(),
            s.speaker(), s.cue(), s.text(), s.url(), "1");
        rows.row(row);
        lines += CsvSource.lines(row);
        place++;
      }
      found.add(new Found(a.file(), a.item(), null, a.article().id(), place, lines, reports,
          yield.unmatched()));
    });
    return new FileRead(found, rows.take());
  }

  /**
   * What one file yielded: its articles as the job decides on them, and the rows of their
   * statements as {@link #EXTRACTED}'s CSV (without the header), in order, {@code
   * reports} 1. The rows stay where the file was read (a thread's memory, or a distributed task's
   * part file) until the job reads them back, skipping those of duplicate article ids.
   */
  public record FileRead(List<Found> found, String rows) {}

  /**
   * An article read (or rejected) and what the job decides on; serialisable, so that a task can
   * send it to the driver. The article's body and its statements' text stay where they were
   * read: only its id, its statements' count and each attribution's {@link ReportMerger.Report}
   * (the text's hash) go on.
   *
   * @param file the path under articles/
   * @param item the line of a bulk row, the number of a feed item, or 0 for a whole file
   * @param reason why it is rejected, or null when it was read
   * @param articleId the article's id, or null when it is rejected
   * @param statements how many statements (rows) it yielded
   * @param lines how many lines their rows take
   * @param reports its attributions, as the merge of reports takes them
   * @param unmatched the speakers it named that match no source
   */
  public record Found(String file, long item, String reason, String articleId, int statements,
      int lines, List<ReportMerger.Report> reports, List<ArticleStatements.Unmatched> unmatched)
      implements Serializable {

    public Found {
      reports = List.copyOf(reports);
      unmatched = List.copyOf(unmatched);
    }

    /** Returns a rejected article or file (a listing's reject too) as found. */
    static Found rejected(ArticleResult.Rejected r) {
      return new Found(r.file(), r.item(), r.reason(), null, 0, 0, List.of(), List.of());
    }

    /** Returns whether it is a reject. */
    boolean rejected() {
      return reason != null;
    }
  }
}
