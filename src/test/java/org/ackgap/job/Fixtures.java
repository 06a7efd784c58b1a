package org.ackgap.job;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test inputs copied into a temporary folder, so tests may change them. */
final class Fixtures {

  private Fixtures() {}

  /** Copies the minimal worked example's input into {@code dir} and returns it. */
  static Path minimalInput(Path dir) throws IOException, URISyntaxException {
    return copy(Path.of(Fixtures.class.getResource("/golden/minimal/input").toURI()), dir);
  }

  /** Copies a folder tree. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
