package org.ackgap.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code ackgap attributions [--sources sources.csv] FILE…} (SPEC §6): prints, as CSV, the
 * attributions found in plain-text files, each read whole as UTF-8, with offsets in Unicode code
 * points from the start of the file (end exclusive) so that the output can be scored against
 * annotated corpora. With {@code --sources}, {@code source_id} holds the source whose aliases the
 * speaker (a pronoun resolved to the paragraph's last named speaker) matches; otherwise it is
 * empty.
 */
public final class AttributionsCommand {

  static final String[] HEADER = {"file", "source_start", "source_end", "cue_start", "cue_end",
      "content_start", "content_end", "speaker", "source_id"};

  /** Exit code: done, even when some files could not be read (they are named on err). */
  public static final int OK = 0;
  /** Exit code: the command line is wrong (no file, unknown option, unusable --sources). */
  public static final int USAGE = 2;

  private static final String USAGE_LINE =
      "usage: ackgap attributions [--sources sources.csv] FILE...";

  private AttributionsCommand() {}

  /** Runs the command and exits with its code; the only place here that calls System.exit. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /**
   * Prints the attributions of every file; returns the exit code.
   *
   * @param args {@code [--sources FILE] FILE…}
   * @param out where the CSV goes
   * @param err where usage errors and unreadable files are reported, as {@code path: reason}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path sources = null;
    List<String> files = new ArrayList<>();
    boolean optionsDone = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!optionsDone && a.equals("--")) {
        optionsDone = true;
      } else if (!optionsDone && (a.equals("--sources") || a.startsWith("--sources="))) {
        String value = a.startsWith("--sources=") ? a.substring("--sources=".length())
            : i + 1 < args.length ? args[++i] : null;
        if (value == null || value.isEmpty()) {
          err.println("ackgap attributions: --sources needs a file");
          err.println(USAGE_LINE);
          return USAGE;
        }
        sources = Path.of(value);
      } else if (!optionsDone && (a.equals("--help") || a.equals("-h"))) {
        out.println(USAGE_LINE);
        return OK;
      } else if (!optionsDone && a.startsWith("-") && a.length() > 1) {
        err.println("ackgap attributions: unknown option " + a);
        err.println(USAGE_LINE);
        return USAGE;
      } else {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      err.println("ackgap attributions: no file given");
      err.println(USAGE_LINE);
      return USAGE;
    }
    SpeakerIndex index = null;
    if (sources != null) {
      try {
        index = SpeakerIndex.of(readAliases(sources));
      } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
        err.println(sources + ": " + reason(e));
        return USAGE;
      }
    }
    AttributionExtractor extractor = AttributionExtractor.standard();
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER)
          .setRecordSeparator('\n').get());
      for (String file : files) {
        String text;
        try {
          text = readUtf8(Path.of(file));
        } catch (IOException | InvalidPathException e) {
          err.println(file + ": " + reason(e));
          continue;
        }
        for (Attribution a : extractor.extract(text)) {
          String id = "";
          if (index != null && a.hasSource()) {
            id = index.resolve(a.speakerResolved()).orElse("");
          }
          csv.printRecord(file, cp(text, a.sourceStart()), cp(text, a.sourceEnd()),
              cp(text, a.cueStart()), cp(text, a.cueEnd()), cp(text, a.contentStart()),
              cp(text, a.contentEnd()), a.speaker(), id);
        }
      }
      csv.flush();
    } catch (IOException e) {
      err.println("ackgap attributions: cannot write: " + reason(e));
      return 1;
    }
    return OK;
  }

  private static String readUtf8(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }

  /** A UTF-16 index as a code point offset; -1 (no source) as an empty cell. */
  private static String cp(String text, int utf16) {
    return utf16 < 0 ? "" : Integer.toString(text.codePointCount(0, utf16));
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null || m.isEmpty() ? e.getClass().getSimpleName() : m;
  }

  /**
   * Reads source_id and aliases of a sources.csv by header name (case-insensitive, BOM allowed).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it has no source_id column
   */
  static Map<String, List<String>> readAliases(Path sources) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String text = Files.readString(sources, StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    try (Reader r = new java.io.StringReader(text)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true).setTrim(true).get().parse(r);
      Map<String, Integer> header = parser.getHeaderMap();
      boolean hasId = header.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("source_id"));
      if (!hasId) {
        throw new IllegalArgumentException("no source_id column, expected one of "
            + header.keySet() + " to be source_id");
      }
      boolean hasAliases = header.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("aliases"));
      for (CSVRecord rec : parser) {
        String id = rec.get("source_id");
        if (id.isEmpty()) {
          continue;
        }
        List<String> aliases = new ArrayList<>();
        if (hasAliases && rec.isSet("aliases")) {
          for (String alias : rec.get("aliases").split("\\|")) {
            if (!alias.isBlank()) {
              aliases.add(alias.strip());
            }
          }
        }
        out.put(id, aliases);
      }
    }
    return out;
  }
}
