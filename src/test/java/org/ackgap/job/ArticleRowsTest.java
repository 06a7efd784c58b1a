package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ackgap.ingest.Row;
import org.junit.jupiter.api.Test;

/**
 * The statements' rows read back from parts (SPEC §6, §8): what a distributed task reads from a
 * part's start is what bin/ackgap reads from the first part, line for line.
 */
class ArticleRowsTest {

  private static final String HEADER = String.join(",", ArticleWork.EXTRACTED) + "\n";
  /** Rows 0-1: article a, its own voice over two lines. */
  private static final String FIRST = HEADER
      + "a,a,2025-03-05,wire,,,\"one\ntwo\",u,1\n"
      + "a:1,a,2025-03-05,wire,Ortiz,said,x,u,1\n";
  /** Rows 2-3: a duplicate of a (three lines, then one); rows 4-6: article b. */
  private static final String SECOND = HEADER
      + "a,a,2025-03-06,wire,,,\"dup\n\nlines\",u,1\n"
      + "a:1,a,2025-03-06,wire,Ortiz,said,y,u,1\n"
      + "b,b,2025-03-06,wire,,,z,u,1\n"
      + "b:1,b,2025-03-06,wire,Ortiz,said,x again,u,1\n"
      + "b:2,b,2025-03-06,wire,Ortiz,said,w,u,1\n";
  private static final List<ArticleRows.Skip> SKIPS = List.of(new ArticleRows.Skip(2, 2, 4));
  /** By ordinal (the rows of a, then of b): b:1 is a report of a:1. */
  private static final int[] REPORTS = {1, 2, 1, 0, 1};

  private static StatementStage.RowParts parts(String... texts) {
    return new StatementStage.RowParts() {
      @Override
      public int count() {
        return texts.length;
      }

      @Override
      public InputStream open(int part) {
        return new ByteArrayInputStream(texts[part].getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public void delete() {}
    };
  }

  private static List<String> read(ArticleRows rows) throws Exception {
    List<String> out = new ArrayList<>();
    try (rows) {
      for (Row r = rows.next(); r != null; r = rows.next()) {
        out.add(r.get("statement_id") + "@" + r.line() + " reports " + rows.extracted().get(8));
      }
    }
    return out;
  }

  @Test
  void duplicatesRowsAreSkippedAndLinesCountTheRowsOfArticlesUsed() throws Exception {
    assertEquals(List.of("a@2 reports 1", "a:1@4 reports 2", "b@5 reports 1", "b:2@7 reports 1"),
        read(new ArticleRows(parts(FIRST, SECOND), ArticleRows.Start.FIRST, SKIPS, REPORTS)));
  }

  @Test
  void aPartReadFromItsStartGivesTheSameRowsAsReadingOnFromTheFirst() throws Exception {
    List<ArticleRows.Start> starts =
        ArticleRows.starts(new long[] {2, 5}, new long[] {3, 7}, SKIPS);
    assertEquals(List.of(ArticleRows.Start.FIRST, new ArticleRows.Start(2, 2, 5)), starts);
    List<String> apart = new ArrayList<>(
        read(new ArticleRows(parts(FIRST), starts.get(0), SKIPS, REPORTS)));
    apart.addAll(read(new ArticleRows(parts(SECOND), starts.get(1), SKIPS, REPORTS)));
    assertEquals(read(new ArticleRows(parts(FIRST, SECOND), ArticleRows.Start.FIRST, SKIPS,
        REPORTS)), apart);
  }
}
