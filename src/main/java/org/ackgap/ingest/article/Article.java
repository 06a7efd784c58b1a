package org.ackgap.ingest.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article read from a file under {@code articles/}: a whole text file or page, or one item of
 * a feed or row of a bulk export.
 *
 * @param id the given {@code id}/{@code article_id}, else the path under {@code articles/}
 *     without extension, plus {@code #n} for the n-th item of a feed or row of a bulk file
 * @param file the path under {@code articles/}, with '/' separators
 * @param item the line of a CSV or JSON Lines row, the number of a feed item (from 1), or 0 for a
 *     whole file
 * @param sourceId the outlet: the source given, else the source whose domains hold the url's host
 * @param date the publication date; the calendar date in UTC when a time and zone were given
 * @param url where it was published, or ""
 * @param title the headline, or ""
 * @param body the text: paragraphs separated by one blank line, whitespace normalised inside them
 * @param language the language the file declares, or ""
 */
public record Article(
    String id,
    String file,
    long item,
    String sourceId,
    LocalDate date,
    String url,
    String title,
    String body,
    String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(language, "language");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (item < 0) {
      throw new IllegalArgumentException("item must be 0 or more, got " + item);
    }
  }
}
