package org.ackgap.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads every article file under a folder (SPEC §6) into articles and rejects, one file at a
 * time, in a fixed order: files by their path under the folder (compared as strings with '/'
 * separators), items in file order.
 *
 * <p>Files are read by extension: {@code .txt .md} (header lines, then the body), {@code .html
 * .htm} (a saved page), {@code .rss .atom .xml} (a feed, each item an article), {@code .csv
 * .jsonl} (a bulk export, each row an article). Other files, and hidden ones (a name starting
 * with '.', or under such a folder), are ignored. A symbolic link is rejected, not followed, so
 * nothing outside the folder is read. A file over the size limit is rejected by its size without
 * being read. One file that cannot be read never stops the others.
 *
 * <p>Stateless: the static methods may run on several threads for different files.
 */
public final class ArticleFolder {

  /** The default size limit of one file: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final String SYMLINK =
      "symbolic link: not followed; copy the file into the articles folder";

  private ArticleFolder() {}

  /**
   * Reads every article file under {@code articlesDir} with the default size limit.
   *
   * @throws IOException if the folder itself cannot be listed
   * @see #read(Path, Outlets, long, Consumer)
   */
  public static void read(Path articlesDir, Outlets outlets, Consumer<ArticleResult> sink)
      throws IOException {
    read(articlesDir, outlets, DEFAULT_MAX_BYTES, sink);
  }

  /**
   * Reads every article file under {@code articlesDir}, at any depth, and gives {@code sink} one
   * result per article, feed item or bulk row read or rejected, and one reject per file that
   * cannot be read at all. Files are read in the order of {@link #files}.
   *
   * @param maxBytes the size limit of one file; a larger file is rejected unread
   * @throws IOException if the folder itself cannot be listed
   */
  public static void read(Path articlesDir, Outlets outlets, long maxBytes,
      Consumer<ArticleResult> sink) throws IOException {
    Objects.requireNonNull(outlets, "outlets");
    Objects.requireNonNull(sink, "sink");
    for (String file : files(articlesDir, sink)) {
      readFile(articlesDir, file, outlets, maxBytes, sink);
    }
  }

  /**
   * Returns the paths, under {@code articlesDir} and with '/' separators, of the files it would
   * read, sorted; unreadable sub-folders and symbolic links go to {@code rejects}.
   *
   * @throws IOException if the folder itself cannot be listed
   */
  public static List<String> files(Path articlesDir, Consumer<ArticleResult> rejects)
      throws IOException {
    if (!Files.isDirectory(articlesDir)) {
      throw new NoSuchFileException(articlesDir.toString(), null, "not a folder");
    }
    Listing listing = new Listing();
    Files.walkFileTree(
        articlesDir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(articlesDir) || listing.enters(dir.getFileName().toString())
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            listing.file(relative(articlesDir, file), attrs.isSymbolicLink(),
                attrs.isRegularFile());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.equals(articlesDir)) {
              return FileVisitResult.TERMINATE;
            }
            listing.failed(relative(articlesDir, file), e);
            return FileVisitResult.CONTINUE;
          }
        });
    return listing.finish(rejects);
  }

  /**
   * What a listing of an articles folder keeps, by the same rules on any file system (a local
   * folder, or HDFS and S3 for a distributed engine, SPEC §8): hidden files and folders (a name
   * starting with '.') skipped, files taken by extension, symbolic links rejected, and the files
   * in the order of their path. A walk of the folder's tree calls it for each entry; the walk
   * itself is the file system's.
   */
  public static final class Listing {
    private final List<String> files = new ArrayList<>();
    private final List<ArticleResult.Rejected> problems = new ArrayList<>();

    /** Returns whether a walk goes into the sub-folder of this name (its last segment). */
    public boolean enters(String name) {
      return !isHidden(name);
    }

    /**
     * Takes an entry that is not a folder to walk into.
     *
     * @param path its path under the articles folder, with '/' separators
     * @param link whether it is a symbolic link (rejected, never followed)
     * @param regular whether it is a regular file (anything else is skipped)
     */
    public void file(String path, boolean link, boolean regular) {
      if (isHidden(name(path)) || kind(path) == Kind.OTHER) {
        return;
      }
      if (link) {
        problems.add(new ArticleResult.Rejected(path, 0, SYMLINK));
      } else if (regular) {
        files.add(path);
      }
    }

    /** Takes an entry, under the articles folder, that could not be read or listed. */
    public void failed(String path, Exception e) {
      if (!isHidden(name(path))) {
        problems.add(new ArticleResult.Rejected(path, 0, "cannot read: " + describe(e)));
      }
    }

    /** Gives the rejects to {@code rejects} and returns the files, both in path order. */
    public List<String> finish(Consumer<ArticleResult> rejects) {
      problems.sort((a, b) -> a.file().compareTo(b.file()));
      problems.forEach(rejects);
      files.sort(null);
      return List.copyOf(files);
    }

    private static String name(String path) {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  /**
   * One article file to read, wherever it is: in a local folder ({@link #local}) or on another
   * file system (a distributed engine's, SPEC §8). The size limit, the reading and the rejects are
   * those of {@link #readFile(String, Source, Outlets, long, Consumer)} for every kind.
   */
  public interface Source {

    /** Returns why the file must not be read at all, or null to read it. */
    default String refusal() {
      return null;
    }

    /** Returns the file's size in bytes, as its file system tells it before it is read. */
    long size() throws IOException;

    /** Opens the file to read it from its start. */
    InputStream open() throws IOException;
  }

  /**
   * Returns the file at a path under a local articles folder, with '/' separators: refused when
   * the path leads outside the folder or is a symbolic link, opened without following links.
   */
  public static Source local(Path articlesDir, String file) {
    Path path = articlesDir.resolve(file).normalize();
    return new Source() {
      @Override
      public String refusal() {
        if (!path.startsWith(articlesDir.normalize())) {
          return "outside the articles folder: not read";
        }
        return Files.isSymbolicLink(path) ? SYMLINK : null;
      }

      @Override
      public long size() throws IOException {
        return Files.size(path);
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
      }
    };
  }

  /**
   * Reads one file, given by its path under {@code articlesDir} with '/' separators, into {@code
   * sink}. Never throws for a bad file: whatever goes wrong is a reject.
   *
   * @see #readFile(String, Source, Outlets, long, Consumer)
   */
  public static void readFile(Path articlesDir, String file, Outlets outlets, long maxBytes,
      Consumer<ArticleResult> sink) {
    readFile(file, local(articlesDir, file), outlets, maxBytes, sink);
  }

  /**
   * Reads one file, named by its path under the articles folder with '/' separators (its kind is
   * its extension; its articles' ids default to the path), from {@code source} into {@code sink}:
   * one result per article, feed item or bulk row read or rejected, or one reject for the file.
   * A file over {@code maxBytes} is rejected by its size without being read, and at most one
   * byte past the limit is ever read. Never throws for a bad file: whatever goes wrong is a
   * reject.
   */
  public static void readFile(String file, Source source, Outlets outlets, long maxBytes,
      Consumer<ArticleResult> sink) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be 0 or more, got " + maxBytes);
    }
    String refusal = source.refusal();
    if (refusal != null) {
      sink.accept(new ArticleResult.Rejected(file, 0, refusal));
      return;
    }
    String pathId = withoutExtension(file);
    Kind kind = kind(file);
    byte[] bytes;
    try {
      long size = source.size();
      if (size > maxBytes) {
        sink.accept(new ArticleResult.Rejected(file, 0,
            "over the " + bytes(maxBytes) + " size limit (" + bytes(size) + ")"));
        return;
      }
      try (InputStream in = source.open()) {
        // Read at most one byte past the limit, in case the file grew since it was measured.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        sink.accept(new ArticleResult.Rejected(file, 0,
            "over the " + bytes(maxBytes) + " size limit (it grew while being read)"));
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      sink.accept(new ArticleResult.Rejected(file, 0, "cannot read: " + describe(e)));
      return;
    }
    try {
      switch (kind) {
        case TEXT, MARKDOWN -> sink.accept(TextArticles.read(
            file, pathId, TextBytes.utf8(bytes), kind == Kind.MARKDOWN, outlets));
        case HTML -> sink.accept(HtmlArticles.read(file, pathId, bytes, outlets));
        case FEED -> FeedArticles.read(file, pathId, bytes, outlets, sink);
        case CSV -> BulkArticles.readCsv(file, pathId, bytes, outlets, sink);
        case JSON_LINES -> BulkArticles.readJsonLines(file, pathId, bytes, outlets, sink);
        case OTHER -> {
          // Not an article file: ignored, as documented.
        }
      }
    } catch (TextBytes.NotText e) {
      sink.accept(new ArticleResult.Rejected(file, 0, e.getMessage()));
    } catch (RuntimeException e) {
      // A parser's bug on one odd file must not stop the folder; the reject says what happened.
      sink.accept(new ArticleResult.Rejected(file, 0,
          "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private enum Kind { TEXT, MARKDOWN, HTML, FEED, CSV, JSON_LINES, OTHER }

  private static Kind kind(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return Kind.OTHER;
    }
    return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt" -> Kind.TEXT;
      case "md" -> Kind.MARKDOWN;
      case "html", "htm" -> Kind.HTML;
      case "rss", "atom", "xml" -> Kind.FEED;
      case "csv" -> Kind.CSV;
      case "jsonl" -> Kind.JSON_LINES;
      default -> Kind.OTHER;
    };
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String withoutExtension(String file) {
    int slash = file.lastIndexOf('/');
    int dot = file.lastIndexOf('.');
    return dot > slash + 1 ? file.substring(0, dot) : file;
  }

  private static String describe(Exception e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }

  /** Returns a size as an analyst reads it: "20 MB", "23.1 MB", "512 KB", "100 bytes". */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    double value = n < 1024 * 1024 ? n / 1024.0 : n / (1024.0 * 1024.0);
    String unit = n < 1024 * 1024 ? " KB" : " MB";
    String s = String.format(Locale.ROOT, "%.1f", value);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + unit;
  }
}
