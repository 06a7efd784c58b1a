package org.ackgap.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.extract.AttributionExtractor;

/**
 * Measures attribution extraction speed on one thread: every {@code .txt} of a folder (say
 * PolNeAR's texts) extracted over and over, after a warm-up, then articles per second.
 *
 * <p>Usage: {@code ExtractionSpeed DIR [SECONDS]}
 */
public final class ExtractionSpeed {

  private ExtractionSpeed() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractionSpeed DIR [SECONDS]");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    if (texts.isEmpty()) {
      System.err.println("ExtractionSpeed: no .txt in " + args[0]);
      System.exit(2);
    }
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    long chars = texts.stream().mapToLong(String::length).sum();
    AttributionExtractor x = AttributionExtractor.standard();
    long found = 0;
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (String t : texts) {
        found += x.extract(t).size();
      }
    }
    long articles = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (String t : texts) {
        found += x.extract(t).size();
      }
      articles += texts.size();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d texts, mean %.1f KB; one thread: %.0f articles/s, %.3f ms per article"
        + " (%d attributions found)%n", texts.size(), chars / 1024.0 / texts.size(),
        articles / elapsed, 1000 * elapsed / articles, found);
  }
}
