package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved feeds: each item an article; a bad item or a broken tail costs only itself. */
class FeedArticlesTest {

  @TempDir Path tmp;

  private static String rss(String items) {
    return "<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'"
        + " xmlns:content='http://purl.org/rss/1.0/modules/content/'"
        + " xmlns:atom='http://www.w3.org/2005/Atom'><channel><title>B News</title>"
        + "<atom:link href='https://feeds.other.example/rss' rel='self'/>"
        + "<link>https://bnews.example/defence</link><language>ru</language>\n" + items
        + "</channel></rss>";
  }

  @Test
  void readsEachItemWithItsLinkDateAndContent() {
    List<Article> articles = new Folder(tmp).write("feeds/b.rss", rss("""
        <item><title>First &amp; foremost</title><link>https://bnews.example/1</link>
          <pubDate>Wed, 05 Mar 2025 23:30:00 EST</pubDate>
          <description>Short description.</description>
          <content:encoded><![CDATA[<p>Full <b>text</b> one.</p><p>Two.</p><script>x()</script>]]></content:encoded>
        </item>
        <item><title>Second</title><link>https://bnews.example/2</link>
          <pubDate>Thu, 6 Mar 2025 02:30:00 +0300</pubDate>
          <description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt;.&lt;/p&gt;</description>
        </item>
        """)).articles();
    assertEquals(2, articles.size());
    Article first = articles.get(0);
    assertEquals(new Article("feeds/b#1", "feeds/b.rss", 1, "b-news", LocalDate.of(2025, 3, 6),
        "https://bnews.example/1", "First & foremost", "Full text one.\n\nTwo.", "ru"), first);
    Article second = articles.get(1);
    assertEquals("feeds/b#2", second.id());
    assertEquals(LocalDate.of(2025, 3, 5), second.date());
    assertEquals("Escaped HTML.", second.body());
  }

  @Test
  void rejectsOnlyTheMalformedItem() {
    List<String> lines = new Folder(tmp).write("b.rss", rss("""
        <item><title>One</title><link>https://bnews.example/1</link>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>One.</description></item>
        <item><title>No date</title><link>https://bnews.example/2</link>
          <description>Two.</description></item>
        <item><title>Bad date</title><link>https://bnews.example/3</link>
          <pubDate>sometime in March</pubDate><description>Three.</description></item>
        <item><title>Elsewhere</title><link>https://x.example/4</link>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Four.</description></item>
        <item><title>Five</title><guid>https://bnews.example/5</guid>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Five.</description></item>
        """)).lines();
    assertEquals(List.of(
        "b#1 2025-03-04 b-news b.rss 1",
        "rejected b.rss 2: no date: expected a pubDate, published or updated element",
        "rejected b.rss 3: bad date 'sometime in March': " + ArticleDates.EXPECTED,
        "b#4 2025-03-04 b-news b.rss 4",
        "b#5 2025-03-04 b-news b.rss 5"), lines);
  }

  @Test
  void rejectsAnItemWhoseOutletNeitherItsLinkNorTheFeedsNames() {
    List<String> lines = new Folder(tmp).write("x.xml", """
        <rss version="2.0"><channel><link>https://y.example/</link>
        <item><link>https://x.example/1</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
        <title>T</title></item></channel></rss>""").lines();
    assertEquals(List.of("rejected x.xml 1: outlet unknown: no source's domains holds host"
        + " 'x.example' (item link) or 'y.example' (feed link)"), lines);
  }

  @Test
  void keepsTheItemsBeforeAFeedStopsBeingWellFormed() {
    List<String> lines = new Folder(tmp).write("b.rss", rss("""
        <item><title>One</title><link>https://bnews.example/1</link>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>One.</description></item>
        <item><title>Two</title><link>https://bnews.example/2</link>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Two & three</description></item>
        <item><title>Three</title><link>https://bnews.example/3</link>
          <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Three.</description></item>
        """)).write("c.txt", "source: wire\ndate: 2025-03-05\n\nBody.").lines();
    assertEquals(3, lines.size(), lines.toString());
    assertEquals("b#1 2025-03-04 b-news b.rss 1", lines.get(0));
    assertTrue(lines.get(1).startsWith("rejected b.rss 2: malformed feed: "), lines.get(1));
    assertTrue(lines.get(1).contains("(line 6, column"), lines.get(1));
    assertTrue(lines.get(1).endsWith("; the item before it was read"), lines.get(1));
    assertEquals("c 2025-03-05 wire c.txt 0", lines.get(2));
  }

  @Test
  void readsAnAtomFeed() {
    List<Article> articles = new Folder(tmp).write("w.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>The Wire</title>
          <link rel="self" href="https://feeds.example/wire.atom"/>
          <link href="https://wire.example/"/>
          <entry>
            <title type="html">Orion &lt;em&gt;held&lt;/em&gt;</title>
            <link rel="enclosure" href="https://cdn.example/a.mp3"/>
            <link rel="alternate" href="https://wire.example/a"/>
            <updated>2025-03-08T01:00:00+03:00</updated>
            <published>2025-03-06T23:30:00-05:00</published>
            <summary>Summary only.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para &amp; one.</p><p>Para two.</p></div></content>
          </entry>
          <entry xml:lang="ru">
            <title>Only updated</title>
            <id>urn:uuid:1</id>
            <updated>2025-03-08T01:00:00+03:00</updated>
            <summary>Текст.</summary>
          </entry>
        </feed>
        """).articles();
    assertEquals(2, articles.size());
    assertEquals(new Article("w#1", "w.atom", 1, "wire", LocalDate.of(2025, 3, 7),
        "https://wire.example/a", "Orion held", "Para & one.\n\nPara two.", "en"),
        articles.get(0));
    Article second = articles.get(1);
    assertEquals("wire", second.sourceId());
    assertEquals(LocalDate.of(2025, 3, 7), second.date());
    assertEquals("Текст.", second.body());
    assertEquals("ru", second.language());
  }

  @Test
  void neverResolvesAnEntityThatPointsAtALocalFile() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String feed = "<?xml version='1.0'?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM '"
        + secret.toUri() + "'>]>\n<rss version='2.0'><channel>"
        + "<link>https://bnews.example/</link>"
        + "<item><title>Before</title><link>https://bnews.example/0</link>"
        + "<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>Fine.</description></item>"
        + "<item><title>Leak &xxe;</title><link>https://bnews.example/1</link>"
        + "<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><description>&xxe;</description>"
        + "</item></channel></rss>";
    List<ArticleResult> results = new Folder(tmp).write("evil.rss", feed).read();
    assertFalse(results.toString().contains("TOP-SECRET"), results.toString());
    assertEquals(2, results.size(), results.toString());
    assertTrue(results.get(0) instanceof ArticleResult.Read);
    ArticleResult.Rejected r = (ArticleResult.Rejected) results.get(1);
    assertTrue(r.reason().startsWith("malformed feed: "), r.reason());
    assertTrue(r.reason().contains("xxe"), r.reason());
  }

  @Test
  void neverExpandsEntitiesDeclaredInTheFeed() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'>");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = String.valueOf((char) (c - 1));
      dtd.append("<!ENTITY ").append(c).append(" '")
          .append(("&" + prev + ";").repeat(10)).append("'>");
    }
    dtd.append("]>");
    List<ArticleResult> results = new Folder(tmp).write("bomb.rss", "<?xml version='1.0'?>"
        + dtd + "<rss><channel><item><title>&j;</title></item></channel></rss>").read();
    assertEquals(1, results.size());
    assertTrue(((ArticleResult.Rejected) results.get(0)).reason().startsWith("malformed feed"));
  }

  @Test
  void rejectsXmlThatIsNoFeedAndAFeedWithoutItems() {
    List<String> lines = new Folder(tmp)
        .write("a.xml", "<urlset><url><loc>https://x/</loc></url></urlset>")
        .write("b.rss", rss(""))
        .lines();
    assertEquals(List.of(
        "rejected a.xml 0: not a feed: the root element is <urlset>, expected <rss>, <feed> or"
            + " <rdf:RDF>",
        "rejected b.rss 0: no items: the feed holds no <item> or <entry>"), lines);
  }

  @Test
  void readsAFeedInTheEncodingItDeclares() {
    String feed = "<?xml version='1.0' encoding='windows-1251'?>"
        + "<rss version='2.0'><channel><link>https://tass.ru/</link><item>"
        + "<title>Заголовок</title><link>https://tass.ru/1</link>"
        + "<pubDate>Tue, 04 Mar 2025 08:00:00 +0300</pubDate><description>Текст.</description>"
        + "</item></channel></rss>";
    Article a = new Folder(tmp)
        .write("t.rss", feed.getBytes(java.nio.charset.Charset.forName("windows-1251"))).only();
    assertEquals("Заголовок", a.title());
    assertEquals("tass", a.sourceId());
  }

  @Test
  void rejectsAFeedThatIsNotUtf8AndDeclaresNoEncoding() {
    String feed = "<rss version='2.0'><channel><item><title>Заголовок</title></item>"
        + "</channel></rss>";
    ArticleResult.Rejected r = new Folder(tmp)
        .write("t.rss", feed.getBytes(java.nio.charset.Charset.forName("windows-1251")))
        .onlyReject();
    assertTrue(r.reason().startsWith("not UTF-8: "), r.reason());
  }
}
