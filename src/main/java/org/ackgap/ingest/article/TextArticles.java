package org.ackgap.ingest.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text or Markdown article: header lines {@code name: value} up to the first blank
 * line, then the body.
 *
 * <p>The headers are there only when the first line is a header this reader knows ({@code
 * source}, {@code date}, {@code url}, {@code title}, {@code id}, {@code language}, any case), so
 * a body whose first line happens to hold a colon ("Washington: the president said…") stays
 * body. After it, any {@code name: value} line is a header (unknown names are ignored) until a
 * blank line or a line of another shape, which starts the body. A Markdown front matter between
 * two {@code ---} lines is read the same way.
 */
final class TextArticles {

  static final Draft.Where WHERE =
      new Draft.Where(
          "`source` header",
          "a `date:` header line (e.g. `date: 2025-03-05`) before the first blank line",
          "`url` header");

  static final Set<String> KNOWN = Set.of("source", "date", "url", "title", "id", "language");

  private static final Pattern HEADER =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,39})[ \\t]*:[ \\t]*(.*?)\\s*");

  private static final Pattern MD_HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+");

  private TextArticles() {}

  /** Reads the article of one text file, {@code markdown} when it is a {@code .md} file. */
  static ArticleResult read(
      String file, String fallbackId, String text, boolean markdown, Outlets outlets) {
    Map<String, String> headers = new HashMap<>();
    int bodyStart = headers(text, headers);
    String body = text.substring(bodyStart);
    if (markdown) {
      body = MD_HEADING.matcher(body).replaceAll("");
    }
    return new Draft(
            file,
            0,
            headers.getOrDefault("id", ""),
            fallbackId,
            headers.getOrDefault("source", ""),
            headers.getOrDefault("date", ""),
            headers.getOrDefault("url", ""),
            "",
            headers.getOrDefault("title", ""),
            Paragraphs.ofPlainText(body),
            headers.getOrDefault("language", ""))
        .resolve(outlets, WHERE);
  }

  /** Fills {@code headers} (names in lower case, first one wins) and returns where the body starts. */
  private static int headers(String text, Map<String, String> headers) {
    int start = 0;
    boolean frontMatter = false;
    int firstEnd = Paragraphs.lineEnd(text, 0);
    if (text.substring(0, firstEnd).strip().equals("---")) {
      frontMatter = true;
      start = next(text, firstEnd);
    }
    boolean first = true;
    while (start < text.length()) {
      int end = Paragraphs.lineEnd(text, start);
      String line = text.substring(start, end);
      if (frontMatter && line.strip().equals("---")) {
        return next(text, end);
      }
      if (line.isBlank()) {
        return frontMatter && first ? 0 : next(text, end);
      }
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        return first ? 0 : start;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (first && !KNOWN.contains(name)) {
        return 0;
      }
      first = false;
      headers.putIfAbsent(name, m.group(2));
      start = next(text, end);
    }
    return text.length();
  }

  private static int next(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    return lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
  }
}
