package org.ackgap.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement an article yielded (SPEC §6): the outlet's own voice, or an attribution to a source.
 *
 * @param id {@code <article id>} for the outlet's own voice, {@code <article id>:<n>} for the n-th
 *     attribution
 * @param articleId the article it was found in (the earliest, once reports are merged)
 * @param articleDate that article's date, which orders the reports of one statement
 * @param date the day the statement was made
 * @param sourceId who made it
 * @param speaker the speaker as written, empty for the outlet's own voice
 * @param cue the cue as written, empty for the outlet's own voice
 * @param text what the statement says: the cue and the content, or the title and the narration
 * @param url where the article was published
 * @param reports how many articles carried it
 */
public record ExtractedStatement(String id, String articleId, LocalDate articleDate,
    LocalDate date, String sourceId, String speaker, String cue, String text, String url,
    int reports) implements java.io.Serializable {

  public ExtractedStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sourceId, "sourceId");
  }

  /** Returns whether this is the outlet's own voice rather than an attribution. */
  public boolean ownVoice() {
    return speaker.isEmpty();
  }

  /** Returns the same statement carried by {@code more} more articles. */
  ExtractedStatement reportedBy(int more) {
    return new ExtractedStatement(id, articleId, articleDate, date, sourceId, speaker, cue, text,
        url, reports + more);
  }
}
