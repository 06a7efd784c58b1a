package org.ackgap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Prints every term and context term of a topics.csv, one a line, as fixed strings for {@code
 * grep -F -i -f}: a wildcard term is cut before its {@code *}, so grep looks for the stem. The
 * benchmark compares the job with that grep over the same statements.
 *
 * <p>Usage: {@code java -cp target/ackgap.jar org.ackgap.bench.GrepPatterns topics.csv}
 */
public final class GrepPatterns {

  private GrepPatterns() {}

  /** Returns the distinct grep patterns of a topics.csv, in file order. */
  public static Set<String> of(Path topics) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).get();
    try (Reader r = Files.newBufferedReader(topics, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : format.parse(r)) {
        for (String column : new String[] {"terms", "context_terms"}) {
          if (!rec.isMapped(column) || !rec.isSet(column)) {
            continue;
          }
          for (String term : rec.get(column).split("\\|")) {
            int star = term.indexOf('*');
            String p = (star >= 0 ? term.substring(0, star) : term).strip();
            if (!p.isEmpty()) {
              out.add(p.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return out;
  }

  /** Prints the patterns of {@code topics.csv}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GrepPatterns topics.csv");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String p : of(Path.of(args[0]))) {
      out.println(p);
    }
    out.flush();
  }
}
