package org.ackgap.ingest.article;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: its url, date, title and language from the page's metadata, its body
 * from its main text ({@link HtmlText}). A page cannot name its source: the outlet is the source
 * whose domains hold the host of its canonical url. Nothing in the page is run or fetched.
 *
 * <p>A page is read as UTF-8 unless it declares another charset in a {@code <meta>} tag, as pages
 * saved from the web often do.
 */
final class HtmlArticles {

  static final Draft.Where WHERE =
      new Draft.Where(
          null,
          "an article:published_time meta tag, a JSON-LD datePublished or a <time datetime>",
          "canonical link or og:url");

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  /** Where a page's publication date may be, most specific first. */
  private static final List<String> DATE_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "meta[itemprop=datePublished]",
          "json-ld",
          "article time[datetime]",
          "time[datetime]",
          "meta[property=og:published_time]",
          "meta[name=pubdate]",
          "meta[name=publish-date]",
          "meta[name=date]",
          "meta[name=dc.date.issued]",
          "meta[name=dc.date]",
          "meta[name=dcterms.date]");

  private HtmlArticles() {}

  /** Reads the article of one page. */
  static ArticleResult read(String file, String fallbackId, byte[] bytes, Outlets outlets)
      throws TextBytes.NotText {
    Document doc = Jsoup.parse(decode(bytes));
    String url = url(doc);
    String title = first(doc, "meta[property=og:title]", "content", "meta[name=og:title]",
        "content");
    if (title.isBlank()) {
      title = doc.title();
    }
    if (title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? "" : h1.text();
    }
    String date = date(doc);
    Element html = doc.selectFirst("html");
    String language = html == null ? "" : html.attr("lang");
    if (language.isBlank()) {
      language = first(doc, "meta[http-equiv=content-language]", "content");
    }
    String body = HtmlText.mainText(doc.body());
    return new Draft(file, 0, "", fallbackId, "", date, url, "", title, body, language)
        .resolve(outlets, WHERE);
  }

  /** Decodes a page: UTF-8, or the charset a {@code <meta>} tag declares. */
  private static String decode(byte[] bytes) throws TextBytes.NotText {
    TextBytes.checkText(bytes);
    int bom = TextBytes.bomLength(bytes);
    if (bom == 0) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        Charset declared = charset(m.group(1));
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)
            && !declared.name().equalsIgnoreCase("US-ASCII")) {
          return TextBytes.decode(bytes, declared);
        }
      }
    }
    return TextBytes.decode(bytes, bom, bytes.length - bom);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the canonical url or og:url, preferring one with a host over a relative one. */
  private static String url(Document doc) {
    String firstGiven = "";
    for (String[] where :
        new String[][] {
          {"link[rel=canonical]", "href"}, {"meta[property=og:url]", "content"},
          {"meta[name=og:url]", "content"}
        }) {
      String value = first(doc, where[0], where[1]);
      if (Outlets.host(value).isPresent()) {
        return value;
      }
      if (firstGiven.isEmpty()) {
        firstGiven = value;
      }
    }
    return firstGiven;
  }

  /** Returns the attribute of the first element that has it non-blank, over (selector, attribute) pairs. */
  private static String first(Document doc, String... selectorsAndAttributes) {
    for (int i = 0; i < selectorsAndAttributes.length; i += 2) {
      for (Element e : doc.select(selectorsAndAttributes[i])) {
        String value = e.attr(selectorsAndAttributes[i + 1]).strip();
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return "";
  }

  /** Returns the first date the page gives that reads as one, else the first given, else "". */
  private static String date(Document doc) {
    String firstGiven = "";
    for (String where : DATE_META) {
      List<String> values = new ArrayList<>();
      if (where.equals("json-ld")) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
          jsonLdDates(script.data(), values);
        }
      } else {
        for (Element e : doc.select(where)) {
          values.add(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        }
      }
      for (String v : values) {
        if (v.isBlank()) {
          continue;
        }
        if (ArticleDates.isDate(v)) {
          return v;
        }
        if (firstGiven.isEmpty()) {
          firstGiven = v;
        }
      }
    }
    return firstGiven;
  }

  /** Adds every {@code datePublished} of a JSON-LD block, in document order, through @graph and arrays. */
  private static void jsonLdDates(String json, List<String> out) {
    try {
      collect(JsonParser.parseString(json), out, 0);
    } catch (JsonParseException | IllegalStateException e) {
      // A broken JSON-LD block is common on real pages and says nothing about the article.
    }
  }

  private static void collect(JsonElement e, List<String> out, int depth) {
    if (depth > 16 || e == null) {
      return;
    }
    if (e.isJsonArray()) {
      for (JsonElement each : (JsonArray) e) {
        collect(each, out, depth + 1);
      }
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (Map.Entry<String, JsonElement> field : o.entrySet()) {
        if (field.getKey().toLowerCase(Locale.ROOT).equals("datepublished")
            && field.getValue().isJsonPrimitive()) {
          out.add(field.getValue().getAsString());
        }
      }
      for (Map.Entry<String, JsonElement> field : o.entrySet()) {
        if (field.getValue().isJsonArray() || field.getValue().isJsonObject()) {
          collect(field.getValue(), out, depth + 1);
        }
      }
    }
  }
}
