package org.ackgap.ingest.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An articles folder under a test's temporary folder, and what reading it gave. */
final class Folder {

  static final Outlets OUTLETS =
      new Outlets(
          List.of("tass", "wire", "b-news", "ria", "monitor"),
          Map.of(
              "tass", List.of("tass.ru", "tass.com"),
              "wire", List.of("wire.example"),
              "b-news", List.of("bnews.example"),
              "ria", List.of("news.tass.ru")));

  final Path dir;
  long maxBytes = ArticleFolder.DEFAULT_MAX_BYTES;
  Outlets outlets = OUTLETS;

  Folder(Path tmp) {
    this.dir = tmp.resolve("articles");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Folder write(String file, String text) {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  Folder write(String file, byte[] bytes) {
    try {
      Path p = dir.resolve(file);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<ArticleResult> read() {
    List<ArticleResult> results = new ArrayList<>();
    try {
      ArticleFolder.read(dir, outlets, maxBytes, results::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return results;
  }

  List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (ArticleResult r : read()) {
      if (r instanceof ArticleResult.Read read) {
        out.add(read.article());
      }
    }
    return out;
  }

  Article only() {
    List<ArticleResult> results = read();
    if (results.size() != 1 || !(results.get(0) instanceof ArticleResult.Read read)) {
      throw new AssertionError("expected one article, got " + results);
    }
    return read.article();
  }

  ArticleResult.Rejected onlyReject() {
    List<ArticleResult> results = read();
    if (results.size() != 1 || !(results.get(0) instanceof ArticleResult.Rejected rejected)) {
      throw new AssertionError("expected one reject, got " + results);
    }
    return rejected;
  }

  /** Returns each result as one line: "id date source file item" or "rejected file item: reason". */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ArticleResult r : read()) {
      if (r instanceof ArticleResult.Read read) {
        Article a = read.article();
        out.add(a.id() + " " + a.date() + " " + a.sourceId() + " " + a.file() + " " + a.item());
      } else if (r instanceof ArticleResult.Rejected rej) {
        out.add("rejected " + rej.file() + " " + rej.item() + ": " + rej.reason());
      }
    }
    return out;
  }
}
