package org.ackgap.ingest.article;

import java.util.Objects;

/** What one article, one item or one file came to: an article read, or a reject with a reason. */
public sealed interface ArticleResult permits ArticleResult.Read, ArticleResult.Rejected {

  /** Returns the path under {@code articles/}, with '/' separators. */
  String file();

  /** Returns the line of a bulk row, the number of a feed item, or 0 for a whole file. */
  long item();

  /** An article read. */
  record Read(Article article) implements ArticleResult {

    public Read {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String file() {
      return article.file();
    }

    @Override
    public long item() {
      return article.item();
    }
  }

  /**
   * A file, feed item or bulk row that yields no article.
   *
   * @param file the path under {@code articles/}, with '/' separators
   * @param item the line of a bulk row, the number of a feed item, or 0 for the whole file
   * @param reason why, in words an analyst can act on
   */
  record Rejected(String file, long item, String reason) implements ArticleResult {

    public Rejected {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
      if (item < 0) {
        throw new IllegalArgumentException("item must be 0 or more, got " + item);
      }
    }
  }
}
