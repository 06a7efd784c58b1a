package org.ackgap.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split (../shared/data/polnear/SOURCE.md): each text and the attributions of its
 * first annotator file by name. Offsets stay in code points, as the corpus writes them.
 */
public final class Polnear {

  /** A span list in code points, end exclusive; discontinuous spans have several pieces. */
  public record Span(List<int[]> pieces) {
    public Span {
      pieces = List.copyOf(pieces);
    }

    public int start() {
      return pieces.get(0)[0];
    }

    /** Returns whether any piece of this span overlaps [s, e). */
    public boolean overlaps(int s, int e) {
      for (int[] p : pieces) {
        if (p[0] < e && s < p[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /** One gold attribution: cue always, source and content when annotated. */
  public record Gold(Span cue, Span source, Span content) {}

  /** One article: its name, text and gold attributions. */
  public record Article(String name, String text, List<Gold> attributions) {}

  private Polnear() {}

  /** Reads every article of the split that has an annotation file, sorted by name. */
  public static List<Article> read(Path split) throws IOException {
    Map<String, Path> texts = new TreeMap<>();
    try (Stream<Path> s = Files.list(split.resolve("text"))) {
      s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .forEach(p -> texts.put(p.getFileName().toString().replaceFirst("\\.txt$", ""), p));
    }
    Map<String, Path> anns = new TreeMap<>();
    try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
      s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String f = p.getFileName().toString();
        String article = f.substring(0, f.lastIndexOf('_'));
        anns.putIfAbsent(article, p);
      });
    }
    List<Article> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : texts.entrySet()) {
      Path ann = anns.get(e.getKey());
      if (ann == null) {
        continue;
      }
      String text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      out.add(new Article(e.getKey(), text, parse(Files.readAllLines(ann, StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** Parses brat standoff lines into attributions (events whose cue is known). */
  public static List<Gold> parse(List<String> lines) {
    Map<String, Span> spans = new java.util.HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2 || f[0].isEmpty()) {
        continue;
      }
      char c = f[0].charAt(0);
      if (c == 'T' && f.length >= 2) {
        String[] typeAndSpans = f[1].split(" ", 2);
        if (typeAndSpans.length < 2) {
          continue;
        }
        List<int[]> pieces = new ArrayList<>();
        try {
          for (String piece : typeAndSpans[1].split(";")) {
            String[] se = piece.trim().split(" ");
            pieces.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
          }
        } catch (RuntimeException ex) {
          continue;
        }
        spans.put(f[0], new Span(pieces));
      } else if (c == 'E') {
        Map<String, String> roles = new TreeMap<>();
        for (String part : f[1].trim().split(" ")) {
          int colon = part.indexOf(':');
          if (colon > 0) {
            roles.put(part.substring(0, colon), part.substring(colon + 1));
          }
        }
        events.add(roles);
      }
    }
    List<Gold> out = new ArrayList<>();
    for (Map<String, String> ev : events) {
      Span cue = spans.get(ev.get("Cue"));
      if (cue == null) {
        continue;
      }
      out.add(new Gold(cue, spans.get(ev.get("Source")), spans.get(ev.get("Content"))));
    }
    out.sort((x, y) -> Integer.compare(x.cue().start(), y.cue().start()));
    return out;
  }

  /** Converts a code point offset into a UTF-16 index of {@code text}. */
  public static int toUtf16(String text, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
  }
}
