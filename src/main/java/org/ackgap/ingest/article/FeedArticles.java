package org.ackgap.ingest.article;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a saved RSS 2.0, RSS 1.0 or Atom feed: each {@code <item>} or {@code <entry>} is an
 * article, rejected alone when it lacks a date or an outlet. The feed's own link names the outlet
 * of items whose link does not. A feed that stops being well-formed keeps the items read before
 * the error; the rest of the file is one reject with the parser's message.
 *
 * <p>The parser is the JDK's StAX with DTDs and external entities disabled: an entity that points
 * at a local file or a URL is never resolved (the feed is rejected from there as malformed).
 */
final class FeedArticles {

  static final Draft.Where WHERE =
      new Draft.Where(null, "a pubDate, published or updated element", "link");

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";
  private static final String RSS_1 = "http://purl.org/rss/1.0/";
  private static final String RSS_09 = "http://my.netscape.com/rdf/simple/0.9/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final Set<String> CORE = Set.of("", ATOM, ATOM_03, RSS_1, RSS_09);

  private static final Pattern ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private FeedArticles() {}

  /** One feed item as it is read. */
  private static final class Item {
    String title = "";
    String link = "";
    String guid = "";
    String published = "";
    String updated = "";
    String content = "";
    boolean contentIsText;
    String description = "";
    boolean descriptionIsText;
    String language = "";
  }

  /**
   * Reads every item of a feed into {@code sink}.
   *
   * @throws TextBytes.NotText if the file is not text, or not UTF-8 though it declares no other
   *     encoding
   */
  static void read(String file, String pathId, byte[] bytes, Outlets outlets,
      Consumer<ArticleResult> sink) throws TextBytes.NotText {
    TextBytes.checkText(bytes);
    int bom = TextBytes.bomLength(bytes);
    String head = new String(bytes, bom, Math.min(bytes.length - bom, 256),
        StandardCharsets.ISO_8859_1);
    Matcher declared = ENCODING.matcher(head);
    if (!declared.find() || declared.group(1).equalsIgnoreCase("UTF-8")) {
      TextBytes.decode(bytes, bom, bytes.length - bom);
    }
    XMLInputFactory factory = secureFactory();
    int items = 0;
    // The item being read when the feed broke off, 0 between items.
    int reading = 0;
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom));
      String feedLink = "";
      String feedLanguage = "";
      boolean rootSeen = false;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        String ns = nullToEmpty(r.getNamespaceURI());
        if (!rootSeen) {
          rootSeen = true;
          if (!Set.of("rss", "feed", "RDF", "rdf").contains(name)) {
            sink.accept(new ArticleResult.Rejected(file, 0,
                "not a feed: the root element is <" + name + ">, expected <rss>, <feed> or"
                    + " <rdf:RDF>"));
            return;
          }
          feedLanguage = lang(r, feedLanguage);
          continue;
        }
        if (CORE.contains(ns) && (name.equals("item") || name.equals("entry"))) {
          items++;
          reading = items;
          Item item = readItem(r, lang(r, feedLanguage));
          reading = 0;
          String n = Integer.toString(items);
          String body = item.content.isBlank()
              ? text(item.description, item.descriptionIsText)
              : text(item.content, item.contentIsText);
          String link = item.link.isBlank() ? item.guid : item.link;
          String date = item.published.isBlank() ? item.updated : item.published;
          sink.accept(new Draft(file, items, "", pathId + "#" + n, "", date, link, feedLink,
                  item.title, body, item.language)
              .resolve(outlets, WHERE));
        } else if (CORE.contains(ns) && name.equals("link") && feedLink.isEmpty()) {
          feedLink = link(r);
        } else if (name.equals("language") && feedLanguage.isEmpty()) {
          feedLanguage = inner(r, false).strip();
        }
      }
      if (items == 0) {
        sink.accept(new ArticleResult.Rejected(file, 0,
            "no items: the feed holds no <item> or <entry>"));
      }
    } catch (XMLStreamException e) {
      int before = reading == 0 ? items : reading - 1;
      sink.accept(new ArticleResult.Rejected(file, reading,
          "malformed feed: " + message(e)
              + (before == 0 ? ""
                  : before == 1 ? "; the item before it was read"
                  : "; the " + before + " items before it were read")));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // Closing an in-memory reader frees nothing worth reporting.
        }
      }
    }
  }

  /** Returns the JDK's StAX factory, with DTDs and external entities off. */
  static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Reads one item from its start tag to its end tag. */
  private static Item readItem(XMLStreamReader r, String language) throws XMLStreamException {
    Item item = new Item();
    item.language = language;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return item;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      String ns = nullToEmpty(r.getNamespaceURI());
      boolean core = CORE.contains(ns);
      if (core && name.equals("title") && item.title.isEmpty()) {
        boolean html = isHtml(r);
        item.title = text(inner(r, html), !html);
      } else if (core && name.equals("link")) {
        String rel = nullToEmpty(r.getAttributeValue(null, "rel"));
        String link = link(r);
        if (item.link.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
          item.link = link;
        }
      } else if (core && name.equals("guid")) {
        boolean permaLink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
        String guid = inner(r, false).strip();
        if (permaLink && guid.matches("(?i)https?://\\S+")) {
          item.guid = guid;
        }
      } else if ((core && (name.equals("published") || name.equals("pubDate")
              || name.equals("issued"))) || (ns.equals(DC) && name.equals("date"))) {
        String d = inner(r, false).strip();
        if (item.published.isEmpty()) {
          item.published = d;
        }
      } else if (core && (name.equals("updated") || name.equals("modified"))) {
        item.updated = inner(r, false).strip();
      } else if ((core && name.equals("content")) || (ns.equals(CONTENT)
          && name.equals("encoded"))) {
        boolean html = isHtml(r);
        item.contentIsText = !html && name.equals("content") && !ns.isEmpty();
        item.content = inner(r, html);
      } else if (core && (name.equals("description") || name.equals("summary"))) {
        boolean html = isHtml(r);
        item.descriptionIsText = !html && name.equals("summary");
        item.description = inner(r, html);
      } else if (ns.equals(DC) && name.equals("language")) {
        item.language = inner(r, false).strip();
      } else {
        inner(r, false);
      }
    }
    return item;
  }

  /**
   * Returns whether an element's content is HTML: RSS's always may be; Atom's when its type says
   * {@code html} or {@code xhtml}.
   */
  private static boolean isHtml(XMLStreamReader r) {
    String type = nullToEmpty(r.getAttributeValue(null, "type")).toLowerCase(Locale.ROOT);
    String ns = nullToEmpty(r.getNamespaceURI());
    if (!ns.equals(ATOM) && !ns.equals(ATOM_03)) {
      return true;
    }
    return type.contains("html");
  }

  private static String text(String content, boolean plain) {
    return plain ? Paragraphs.ofPlainText(content) : HtmlText.fragmentText(content);
  }

  /**
   * Reads to the end of the current element and returns its content: text, and nested elements
   * as bare HTML tags when {@code asHtml} (Atom's xhtml content), their text only otherwise.
   */
  private static String inner(XMLStreamReader r, boolean asHtml) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (asHtml) {
            out.append('<').append(r.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (asHtml && depth > 0) {
            out.append("</").append(r.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> out.append(r.getText());
        default -> {
          // Comments and processing instructions are not content.
        }
      }
    }
    return out.toString();
  }

  /** Returns an Atom link's href or an RSS link's text, reading to the element's end. */
  private static String link(XMLStreamReader r) throws XMLStreamException {
    String href = r.getAttributeValue(null, "href");
    String rel = nullToEmpty(r.getAttributeValue(null, "rel"));
    String text = inner(r, false).strip();
    if (href != null) {
      return rel.isEmpty() || rel.equals("alternate") ? href.strip() : "";
    }
    return text;
  }

  private static String lang(XMLStreamReader r, String otherwise) {
    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    return lang == null || lang.isBlank() ? otherwise : lang.strip();
  }

  private static String message(XMLStreamException e) {
    String m = nullToEmpty(e.getMessage());
    int at = m.indexOf("Message: ");
    if (at >= 0) {
      m = m.substring(at + "Message: ".length());
    }
    m = m.strip();
    Location where = e.getLocation();
    if (where != null && where.getLineNumber() > 0) {
      m += " (line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ")";
    }
    return m;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
