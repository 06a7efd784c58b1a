package org.ackgap.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article as a file gives it, before its outlet and date are settled.
 *
 * @param file the path under {@code articles/}
 * @param item the line, item number or 0
 * @param id the given id, or "" to take {@code fallbackId}
 * @param fallbackId the id from the path (and item number)
 * @param source the given source id, or ""
 * @param date the date as written, or ""
 * @param url the article's url, or ""
 * @param fallbackUrl a url whose host names the outlet when the article's does not (a feed's own
 *     link), or ""
 * @param title the headline, or ""
 * @param body the normalised text, or ""
 * @param language the declared language, or ""
 */
record Draft(
    String file,
    long item,
    String id,
    String fallbackId,
    String source,
    String date,
    String url,
    String fallbackUrl,
    String title,
    String body,
    String language) {

  /**
   * How a format names where the outlet, date and url come from, for reject reasons.
   *
   * @param source what gives the source id ("a `source` header"), or null when the format has no
   *     way to give one
   * @param date what gives the date
   * @param url what gives the url
   */
  record Where(String source, String date, String url) {}

  /** Returns the article, or the reject that says why there is none. */
  ArticleResult resolve(Outlets outlets, Where where) {
    List<String> problems = new ArrayList<>(2);
    String sourceId = outlet(outlets, where, problems);
    LocalDate day = null;
    if (date.isBlank()) {
      problems.add("no date: expected " + where.date());
    } else {
      try {
        day = ArticleDates.parse(date);
      } catch (DateTimeException e) {
        problems.add("bad date '" + date.strip() + "': " + ArticleDates.EXPECTED);
      }
    }
    if (title.isBlank() && body.isBlank()) {
      problems.add("empty: no title and no text");
    }
    if (!problems.isEmpty()) {
      return new ArticleResult.Rejected(file, item, String.join("; ", problems));
    }
    return new ArticleResult.Read(
        new Article(
            id.isBlank() ? fallbackId : id.strip(),
            file,
            item,
            sourceId,
            day,
            url.strip(),
            Paragraphs.normalise(title),
            body,
            language.strip()));
  }

  private String outlet(Outlets outlets, Where where, List<String> problems) {
    if (!source.isBlank()) {
      String id = source.strip();
      if (outlets.knows(id)) {
        return id;
      }
      problems.add("unknown source '" + id + "': no such source_id in sources.csv");
      return null;
    }
    Optional<String> byUrl = outlets.byHost(url);
    if (byUrl.isPresent()) {
      return byUrl.get();
    }
    Optional<String> byFallback = outlets.byHost(fallbackUrl);
    if (byFallback.isPresent()) {
      return byFallback.get();
    }
    String noSource = where.source() == null ? "" : "no " + where.source() + " and ";
    Optional<String> host = Outlets.host(url);
    Optional<String> fallbackHost = Outlets.host(fallbackUrl);
    String why;
    if (host.isPresent() && fallbackHost.isPresent()) {
      why = "no source's domains holds host '" + host.get() + "' (item link) or '"
          + fallbackHost.get() + "' (feed link)";
    } else if (host.isPresent() || fallbackHost.isPresent()) {
      why = "no source's domains holds host '" + host.orElseGet(fallbackHost::get) + "'";
    } else {
      why = "no " + where.url() + " to take the outlet from";
    }
    problems.add("outlet unknown: " + noSource + why);
    return null;
  }
}
