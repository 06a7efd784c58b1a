package org.ackgap.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ackgap.ingest.InputException;
import org.ackgap.ingest.article.ArticleFolder;
import org.ackgap.ingest.article.ArticleResult;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An articles folder on a Hadoop file system (file://, hdfs://, s3a://; SPEC §8): listed on the
 * driver by {@link ArticleFolder.Listing}'s rules, as bin/ackgap lists a local folder, and each
 * file opened in a task through its file system and read by {@link ArticleFolder}'s own entry
 * point, so that the size limit and the rejects are bin/ackgap's.
 */
final class HadoopArticles {

  private HadoopArticles() {}

  /**
   * A file to read: its path under the folder with '/' separators (its name in the tables), where
   * it is, and its size when it was listed.
   */
  record File(String name, String uri, long size) implements Serializable {

    /** Returns the file as {@link ArticleFolder} reads it, opened through its file system. */
    ArticleFolder.Source source(Configuration conf) {
      return new ArticleFolder.Source() {
        @Override
        public long size() {
          return size;
        }

        @Override
        public InputStream open() throws IOException {
          Path path = new Path(URI.create(uri));
          return path.getFileSystem(conf).open(path);
        }
      };
    }
  }

  /**
   * Lists the article files under {@code root}, at any depth, in the order bin/ackgap reads
   * them; what the listing rejects (a sub-folder that cannot be listed, a symbolic link) goes to
   * {@code rejects}.
   *
   * @throws InputException if {@code root} is not a folder
   * @throws IOException if it cannot be listed
   */
  static List<File> list(Path root, Configuration conf, Consumer<ArticleResult> rejects)
      throws IOException {
    FileSystem fs = root.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      status = null;
    }
    if (status == null || !status.isDirectory()) {
      throw new InputException(root + ": no such articles folder");
    }
    ArticleFolder.Listing listing = new ArticleFolder.Listing();
    Map<String, FileStatus> found = new HashMap<>();
    walk(fs, status.getPath(), "", listing, found);
    List<File> files = new ArrayList<>();
    for (String name : listing.finish(rejects)) {
      FileStatus f = found.get(name);
      files.add(new File(name, f.getPath().toUri().toString(), f.getLen()));
    }
    return files;
  }

  private static void walk(FileSystem fs, Path dir, String prefix, ArticleFolder.Listing listing,
      Map<String, FileStatus> found) throws IOException {
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      if (prefix.isEmpty()) {
        throw e;
      }
      listing.failed(prefix.substring(0, prefix.length() - 1), e);
      return;
    }
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      String path = prefix + name;
      boolean link = isLink(entry);
      if (entry.isDirectory() && !link) {
        if (listing.enters(name)) {
          walk(fs, entry.getPath(), path + "/", listing, found);
        }
      } else {
        listing.file(path, link, entry.isFile());
        found.put(path, entry);
      }
    }
  }

  /**
   * Returns whether an entry is a symbolic link. Hadoop's local file system follows links when
   * it lists (its own check runs a process a file), so a file:// entry is asked of this JVM's
   * file system: a link is rejected there as bin/ackgap rejects it, never followed out of the
   * folder.
   */
  private static boolean isLink(FileStatus entry) {
    if (entry.isSymlink()) {
      return true;
    }
    URI uri = entry.getPath().toUri();
    // java.nio takes a file: URI's path escaped to ASCII only
    return "file".equals(uri.getScheme())
        && Files.isSymbolicLink(Paths.get(URI.create(uri.toASCIIString())));
  }
}
