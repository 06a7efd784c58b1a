package org.ackgap.job;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder: one run at a time, reports published whole or not at all.
 *
 * <p>A run holds an operating-system lock on {@code .ackgap.lock} (released by the kernel when the
 * process dies, so a killed run never blocks the next), builds its report in a hidden staging
 * folder beside the final one, forces it to disk and renames it into place, then replaces the
 * {@code latest} symbolic link by renaming a new link over it. Whatever a killed run left behind
 * is cleared by the next run, under the lock, before it starts.
 *
 * <p>{@code history.csv} beside the report folders is a symbolic link to {@code
 * latest/history.csv}: each report holds the whole history up to its run, so the one rename that
 * moves {@code latest} moves the history with it, and a killed run leaves both as they were.
 */
final class OutputFolder implements Closeable {

  static final String LOCK = ".ackgap.lock";
  static final String LATEST = "latest";
  static final String HISTORY = "history.csv";
  private static final String STAGING = ".staging-";
  private static final String REPLACED = ".replaced-";

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates the folder if needed and takes its lock.
   *
   * @throws LockedException if another run holds the lock, naming it
   * @throws IOException if the folder cannot be created or locked
   */
  static OutputFolder lock(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      // found now, not when the report is half built
      throw new java.nio.file.AccessDeniedException(dir.toString());
    }
    FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new LockedException(dir.resolve(LOCK) + " is held by another run"
          + (holder.isEmpty() ? "" : " (" + holder + ")"));
    }
    String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    return new OutputFolder(dir, channel, lock);
  }

  /**
   * Returns a sentence that says why an output folder cannot be used, naming the path at fault
   * and the path or permission problem, for a user who needs no stack trace to fix it.
   */
  static String unusable(Path dir, IOException e) {
    String problem;
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
        ? f.getFile() : dir.toString();
    if (existing != null && !Files.isDirectory(existing)) {
      problem = existing + " is a file, not a folder";
    } else if (e instanceof java.nio.file.AccessDeniedException
        || existing != null && !Files.isWritable(existing)) {
      problem = "no permission to write in " + (existing == null ? file : existing)
          + " for the user running ackgap";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      problem = file + " does not exist and cannot be created";
    } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      problem = file + ": " + f.getReason();
    } else {
      problem = String.valueOf(e.getMessage());
    }
    return "output folder " + dir + " cannot be used: " + problem
        + "; choose another --output or fix the path";
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(512);
      int n = channel.read(buffer, 0);
      return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Clears what a killed run left: restores a report folder that was moved aside but not
   * replaced, then deletes staging folders and replaced folders.
   */
  void recover() throws IOException {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".{staging,replaced}-*")) {
      stream.forEach(leftovers::add);
    }
    leftovers.sort(null);
    for (Path p : leftovers) {
      String name = p.getFileName().toString();
      if (name.startsWith(REPLACED)) {
        Path original = dir.resolve(name.substring(REPLACED.length(), name.indexOf('.', 1)));
        if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(p, original, StandardCopyOption.ATOMIC_MOVE);
          continue;
        }
      }
      deleteTree(p);
    }
  }

  /** Creates an empty staging folder for the report of {@code name}. */
  Path stage(String name) throws IOException {
    return Files.createDirectory(dir.resolve(STAGING + name + "." + unique()));
  }

  /**
   * Publishes a staging folder as {@code name}, replacing an earlier folder of that name, and
   * points {@code latest} at it.
   */
  Path publish(Path staging, String name) throws IOException {
    forceTree(staging);
    Path target = dir.resolve(name);
    Path replaced = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      replaced = dir.resolve(REPLACED + name + "." + unique());
      Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    force(dir);
    if (replaced != null) {
      deleteTree(replaced);
    }
    Path link = dir.resolve(STAGING + "latest." + unique());
    Files.createSymbolicLink(link, Path.of(name));
    Files.move(link, dir.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    if (!Files.exists(dir.resolve(HISTORY), LinkOption.NOFOLLOW_LINKS)) {
      Path history = dir.resolve(STAGING + "history." + unique());
      Files.createSymbolicLink(history, Path.of(LATEST, HISTORY));
      Files.move(history, dir.resolve(HISTORY), StandardCopyOption.ATOMIC_MOVE);
    }
    force(dir);
    return target;
  }

  /** Deletes a staging folder that will not be published. */
  void discard(Path staging) {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // The next run clears it under the lock.
    }
  }

  private static String unique() {
    return ProcessHandle.current().pid() + "-" + System.nanoTime();
  }

  private static void forceTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        force(p);
      }
    }
  }

  /** Forces a file (or, where the file system allows, a folder) to disk. */
  static void force(Path p) throws IOException {
    boolean directory = Files.isDirectory(p);
    try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      if (!directory) {
        throw e;
      }
      // Some file systems refuse to sync a directory; the rename is still atomic.
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** Another run holds the output folder (exit 4). */
  static final class LockedException extends IOException {
    private static final long serialVersionUID = 1L;

    LockedException(String message) {
      super(message);
    }
  }
}
