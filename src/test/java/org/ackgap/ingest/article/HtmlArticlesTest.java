package org.ackgap.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages: metadata from the head, the body from the page's main text only. */
class HtmlArticlesTest {

  @TempDir Path tmp;

  private static final String CLUTTERED = """
      <!DOCTYPE html>
      <html lang="ru">
      <head>
        <meta charset="utf-8">
        <title>Site | Headline from title</title>
        <meta property="og:url" content="https://m.tass.com/world/1">
        <script>document.write('tracking');</script>
        <style>p { color: red }</style>
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "TASS"},
            [{"@type": "NewsArticle", "headline": "x", "datePublished": "2025-03-06T23:30:00-05:00"}]
          ]}
        </script>
      </head>
      <body>
        <header class="site-header"><a href="/">TASS</a> <span>Breaking: other news</span></header>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/ru">Russia</a></li></ul></nav>
        <div id="cookieConsent">We use cookies. <button>Accept</button></div>
        <div class="breadcrumbs"><a href="/">Home</a> › World</div>
        <main>
          <article class="commentary">
            <header><h1>Headline in the page</h1><p class="byline">By A. Writer</p></header>
            <div class="ad-slot">Buy now! Advertisement text</div>
            <p>First paragraph of the   article,
               over two lines.</p>
            <figure><img src="x.jpg"><figcaption>Photo caption</figcaption></figure>
            <p>Second <b>paragraph</b> with <a href="/x">a link</a>.</p>
            <blockquote>A quoted passage.</blockquote>
            <ul><li>Point one</li><li>Point two</li></ul>
            <div class="social-share"><a>Share on X</a></div>
            <section class="related-articles"><h2>Related</h2><a href="/2">Other story</a></section>
            <noscript>Enable JavaScript</noscript>
            <form><input name="q"><p>Search the site</p></form>
          </article>
          <section id="comments"><h2>Comments</h2><p>First!</p></section>
          <div class="newsletter-signup"><p>Subscribe to our newsletter</p></div>
        </main>
        <aside><h3>Most read</h3><p>Something else</p></aside>
        <iframe src="https://ads.example/"></iframe>
        <footer><p>© TASS</p></footer>
      </body>
      </html>
      """;

  @Test
  void keepsOnlyTheArticleParagraphsOfAClutteredPage() {
    Article a = new Folder(tmp).write("tass/page.html", CLUTTERED).only();
    assertEquals("First paragraph of the article, over two lines.\n\n"
        + "Second paragraph with a link.\n\n"
        + "A quoted passage.\n\n"
        + "Point one\n\n"
        + "Point two", a.body());
  }

  @Test
  void readsTheMetadataOfAClutteredPage() {
    Article a = new Folder(tmp).write("tass/page.html", CLUTTERED).only();
    assertEquals("tass/page", a.id());
    assertEquals("tass", a.sourceId());
    assertEquals(LocalDate.of(2025, 3, 7), a.date());
    assertEquals("https://m.tass.com/world/1", a.url());
    assertEquals("Site | Headline from title", a.title());
    assertEquals("ru", a.language());
  }

  @Test
  void readsBrokenHtml() {
    Article a = new Folder(tmp).write("broken.htm", "<html><head><link rel=canonical"
        + " href='https://wire.example/a'><meta property='article:published_time'"
        + " content='2025-03-05T10:00:00Z'><title>Broken</title><body><p>One <b>two<p>Three"
        + "<div><p>Four</span></div></td>").only();
    assertEquals("wire", a.sourceId());
    assertEquals("Broken", a.title());
    assertEquals("One two\n\nThree\n\nFour", a.body());
  }

  @Test
  void takesTheDateFromATimeElementAndTheTitleFromOgTitle() {
    Article a = new Folder(tmp).write("p.html", "<html><head>"
        + "<meta property='og:title' content='The OG title'><title>Other</title>"
        + "<link rel='canonical' href='/relative'><meta property='og:url'"
        + " content='https://www.bnews.example/x'></head><body><article>"
        + "<time datetime='2025-03-04'>4 March</time><p>Text.</p></article></body></html>")
        .only();
    assertEquals("The OG title", a.title());
    assertEquals("b-news", a.sourceId());
    assertEquals("https://www.bnews.example/x", a.url());
    assertEquals(LocalDate.of(2025, 3, 4), a.date());
    assertEquals("4 March\n\nText.", a.body());
  }

  @Test
  void prefersTheMarkedArticleBody() {
    Article a = new Folder(tmp).write("p.html", "<html><head>"
        + "<link rel='canonical' href='https://wire.example/x'>"
        + "<meta property='article:published_time' content='2025-03-04'></head><body>"
        + "<div class='wrap'><h1>Title</h1><div itemprop='articleBody'><p>Body.</p></div>"
        + "<p>Outside the body.</p></div></body></html>").only();
    assertEquals("Body.", a.body());
  }

  @Test
  void rejectsAPageWithoutAUrlOrADateSayingWhatWasLookedFor() {
    ArticleResult.Rejected r = new Folder(tmp)
        .write("p.html", "<html><body><p>Text.</p></body></html>").onlyReject();
    assertEquals("outlet unknown: no canonical link or og:url to take the outlet from; no date:"
        + " expected an article:published_time meta tag, a JSON-LD datePublished or a <time"
        + " datetime>", r.reason());
  }

  @Test
  void readsAPageInTheCharsetItDeclares() {
    String page = "<html><head><meta http-equiv='Content-Type' content='text/html;"
        + " charset=windows-1251'><link rel='canonical' href='https://tass.ru/1'>"
        + "<meta property='article:published_time' content='2025-03-05'></head>"
        + "<body><p>Минобороны сообщило.</p></body></html>";
    Article a = new Folder(tmp).write("p.html", page.getBytes(Charset.forName("windows-1251")))
        .only();
    assertEquals("Минобороны сообщило.", a.body());
  }

  @Test
  void rejectsAPageThatIsNotUtf8AndDeclaresNoCharset() {
    String page = "<html><head><link rel='canonical' href='https://tass.ru/1'></head>"
        + "<body><p>Минобороны сообщило.</p></body></html>";
    ArticleResult.Rejected r = new Folder(tmp)
        .write("p.html", page.getBytes(Charset.forName("windows-1251"))).onlyReject();
    assertTrue(r.reason().startsWith("not UTF-8: byte 0xCC on line 1"), r.reason());
  }

  @Test
  void neverRunsOrFetchesAnything() {
    Article a = new Folder(tmp).write("p.html", "<html><head>"
        + "<link rel='canonical' href='https://wire.example/x'>"
        + "<meta property='article:published_time' content='2025-03-04'>"
        + "<script src='https://evil.example/x.js'></script></head><body>"
        + "<p>Text.<script>document.body.innerHTML='<p>Injected</p>'</script></p>"
        + "<img src='file:///etc/passwd'><iframe src='file:///etc/hostname'></iframe>"
        + "</body></html>").only();
    assertEquals("Text.", a.body());
    assertFalse(a.body().contains("Injected"));
  }

  @Test
  void tellsNoiseWordsFromWordsThatContainThem() {
    assertTrue(HtmlText.hasNoiseWord("cookie-banner"));
    assertTrue(HtmlText.hasNoiseWord("articleComments"));
    assertTrue(HtmlText.hasNoiseWord("top ad_slot"));
    assertFalse(HtmlText.hasNoiseWord("commentary"));
    assertFalse(HtmlText.hasNoiseWord("article-header load"));
    assertFalse(HtmlText.hasNoiseWord("shared-content"));
  }

  private static final String HEAD = "<html><head><link rel='canonical'"
      + " href='https://wire.example/x'><meta property='article:published_time'"
      + " content='2025-03-04'></head><body>";

  @Test
  void dropsCommentsMarkedUpAsArticles() {
    Article a = new Folder(tmp).write("p.html", HEAD
        + "<article class='post'><p>The story.</p></article>"
        + "<section class='comments-area'><h2>3 comments</h2><ol class='comment-list'>"
        + "<li><article class='comment-body'><p>A very long comment that is longer than the"
        + " story itself, and then some more words.</p></article></li></ol></section>"
        + "</body></html>").only();
    assertEquals("The story.", a.body());
  }

  @Test
  void keepsAWrapperWhoseClassHoldsANoiseWordWhenItHoldsTheHeadline() {
    Article a = new Folder(tmp).write("p.html", HEAD
        + "<div class='page has-banner'><div class='cookie-notice'>Cookies!</div>"
        + "<h1>Headline</h1><div class='text'><p>Para one.</p><p>Para two.</p></div>"
        + "<div class='related'><a href='/y'>Other story</a></div></div></body></html>").only();
    assertEquals("Headline\n\nPara one.\n\nPara two.", a.body());
  }
}
