package org.ackgap.ingest.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page: the article's paragraphs without navigation, header and footer,
 * cookie banners, adverts, related links, sharing buttons, comments, forms, scripts and styles.
 */
final class HtmlText {

  /** Never text: code, embedded objects, page furniture and forms. */
  private static final String FURNITURE =
      "script, style, noscript, iframe, frame, template, svg, canvas, object, embed, video, audio,"
          + " nav, aside, footer, header, form, button, select, input, textarea, dialog, menu,"
          + " figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
          + " [role=complementary], [role=contentinfo], [role=search], [role=dialog],"
          + " [role=alertdialog]";

  /**
   * The words of a class or id that mark an element as not the article (matched as whole words,
   * so {@code commentary} or {@code header-title} are not caught by {@code comment} or {@code ad}).
   */
  private static final Set<String> NOISE =
      Set.of(
          "cookie", "cookies", "consent", "gdpr", "banner", "advert", "adverts", "advertisement",
          "advertising", "ad", "ads", "adsbygoogle", "adslot", "dfp", "sponsor", "sponsored",
          "promo", "promoted", "promotion", "related", "recommend", "recommended",
          "recommendation", "recommendations", "comment", "comments", "disqus", "share", "shares",
          "sharing", "social", "subscribe", "subscription", "newsletter", "breadcrumb",
          "breadcrumbs", "outbrain", "taboola", "popup", "paywall", "signup", "trending",
          "mostread");

  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "pre", "section", "article", "main", "table", "thead", "tbody", "tr",
          "hr", "address", "figure", "details", "summary", "center", "body", "br");

  /** Elements inside a line that still separate words. */
  private static final Set<String> CELLS = Set.of("td", "th", "img");

  private HtmlText() {}

  /** Returns the main text of a whole page as normalised paragraphs. */
  static String mainText(Element body) {
    removeFurniture(body);
    return Paragraphs.join(paragraphs(mainElement(body)));
  }

  /**
   * Returns the text of an HTML fragment (a feed item's content) as normalised paragraphs;
   * text without markup is read as plain text, its blank lines ending paragraphs.
   */
  static String fragmentText(String html) {
    if (html.indexOf('<') < 0) {
      return Paragraphs.ofPlainText(Parser.unescapeEntities(html, false));
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    removeFurniture(body);
    return Paragraphs.join(paragraphs(body));
  }

  /** Removes what is never the article, but never an element that holds the article. */
  private static void removeFurniture(Element root) {
    for (Element e : root.select(FURNITURE)) {
      if (e.parent() != null && !holdsArticle(e, false)) {
        e.remove();
      }
    }
    List<Element> noisy = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root && isNoise(e)) {
        noisy.add(e);
      }
    }
    for (Element e : noisy) {
      // A page's headline is never inside a banner, comments or related links: an element that
      // holds it is a layout wrapper whose class happens to hold a noise word ("has-banner").
      if (e.parent() != null && !holdsArticle(e, true)) {
        e.remove();
      }
    }
  }

  /**
   * Returns whether {@code e} holds the article: an {@code <article>} (one that is no comment or
   * teaser itself), {@code <main>} or marked article body, or with {@code orHeadline} an {@code
   * <h1>}.
   */
  private static boolean holdsArticle(Element e, boolean orHeadline) {
    String marks = orHeadline
        ? "article, main, [role=main], [itemprop=articleBody], h1"
        : "article, main, [role=main], [itemprop=articleBody]";
    for (Element inside : e.select(marks)) {
      if (inside != e && !(inside.normalName().equals("article") && isNoise(inside))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNoise(Element e) {
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    return hasNoiseWord(e.className()) || hasNoiseWord(e.id());
  }

  /** Returns whether a class or id holds a noise word, splitting on punctuation and camel case. */
  static boolean hasNoiseWord(String names) {
    if (names.isEmpty()) {
      return false;
    }
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        words.add(word.toString());
        word.setLength(0);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1))) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(Character.toLowerCase(c));
    }
    words.add(word.toString());
    for (String w : words) {
      if (NOISE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Picks the element that holds the article: its marked body, else the article, else main. */
  private static Element mainElement(Element body) {
    Element marked = longest(body.select("[itemprop=articleBody]"));
    if (marked != null) {
      return marked;
    }
    Element article = longest(body.select("article"));
    if (article != null) {
      return article;
    }
    Element main = longest(body.select("main, [role=main]"));
    return main != null ? main : body;
  }

  private static Element longest(Elements elements) {
    Element best = null;
    int bestLength = 0;
    for (Element e : elements) {
      int length = e.text().length();
      if (best == null || length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  /** Returns the text of {@code root}, one string per block. */
  private static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              current.append(t.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (BLOCKS.contains(tag)) {
                flush();
              } else if (CELLS.contains(tag)) {
                current.append(' ');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (BLOCKS.contains(tag)) {
                flush();
              } else if (CELLS.contains(tag)) {
                current.append(' ');
              }
            }
          }

          private void flush() {
            if (current.length() > 0) {
              out.add(current.toString());
              current.setLength(0);
            }
          }
        },
        root);
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
