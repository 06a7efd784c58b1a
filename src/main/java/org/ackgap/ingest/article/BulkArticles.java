package org.ackgap.ingest.article;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads bulk exports: a CSV file with a header row, or JSON Lines, one object per line; each row
 * is an article with the columns or keys {@code article_id, source_id, date, url, title, text}
 * (any case; {@code id}, {@code source} and {@code language} are read too). A bad row is a reject
 * of that row alone, at its line.
 */
final class BulkArticles {

  static final Draft.Where WHERE =
      new Draft.Where("`source_id`", "a `date` value", "`url`");

  private static final String COLUMNS = "article_id, source_id, date, url, title, text";

  private BulkArticles() {}

  /**
   * Reads every row of a CSV export.
   *
   * @throws TextBytes.NotText if the file is not UTF-8 text
   */
  static void readCsv(String file, String pathId, byte[] bytes, Outlets outlets,
      Consumer<ArticleResult> sink) throws TextBytes.NotText {
    String text = TextBytes.utf8(bytes);
    long[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    long nextLine = 1;
    int rows = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        sink.accept(new ArticleResult.Rejected(file, 0,
            "empty: expected a header row with " + COLUMNS));
        return;
      }
      CSVRecord header = records.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      String missing = !columns.containsKey("date") ? "date"
          : !columns.containsKey("text") && !columns.containsKey("title") ? "text" : null;
      if (missing != null) {
        sink.accept(new ArticleResult.Rejected(file, 1,
            "missing column '" + missing + "': expected a header row with " + COLUMNS
                + " (found: " + String.join(", ", header.toList()) + ")"));
        return;
      }
      nextLine = lineOf(lineStarts, header.getCharacterPosition()) + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          sink.accept(new ArticleResult.Rejected(file, nextLine,
              "malformed CSV: " + firstLine(e.getCause() != null ? e.getCause() : e)
                  + (rows == 0 ? ""
                  : rows == 1 ? "; the row before it was read"
                  : "; the " + rows + " rows before it were read")));
          return;
        }
        rows++;
        long line = lineOf(lineStarts, recordStart(text, record.getCharacterPosition()));
        nextLine = line + 1;
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
          if (c.getValue() < record.size()) {
            values.put(c.getKey(), record.get(c.getValue()));
          }
        }
        sink.accept(row(file, line, pathId + "#" + rows, values).resolve(outlets, WHERE));
      }
    } catch (IOException e) {
      // Parsing a String does no I/O; a failure here is a malformed file.
      sink.accept(new ArticleResult.Rejected(file, nextLine, "malformed CSV: " + firstLine(e)));
    }
  }

  /**
   * Reads every line of a JSON Lines export; a line that is not UTF-8 or not a JSON object is
   * rejected alone.
   *
   * @throws TextBytes.NotText if the file holds NUL bytes
   */
  static void readJsonLines(String file, String pathId, byte[] bytes, Outlets outlets,
      Consumer<ArticleResult> sink) throws TextBytes.NotText {
    TextBytes.checkText(bytes);
    int start = TextBytes.bomLength(bytes);
    long line = 0;
    int rows = 0;
    while (start < bytes.length) {
      line++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      int from = start;
      start = end + 1;
      if (isBlank(bytes, from, stop)) {
        continue;
      }
      rows++;
      String text;
      try {
        text = TextBytes.decode(bytes, from, stop - from, line);
      } catch (TextBytes.NotText e) {
        sink.accept(new ArticleResult.Rejected(file, line, e.getMessage()));
        continue;
      }
      JsonObject object;
      try {
        object = object(text);
      } catch (JsonParseException | IOException | IllegalStateException e) {
        Throwable why = e instanceof JsonParseException && e.getCause() != null ? e.getCause() : e;
        sink.accept(new ArticleResult.Rejected(file, line,
            "bad JSON: " + firstLine(why).replace(" at line 1 column ", " at column ")
                + "; expected one object per line with " + COLUMNS));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (Map.Entry<String, JsonElement> field : object.entrySet()) {
        values.putIfAbsent(field.getKey().strip().toLowerCase(Locale.ROOT),
            value(field.getValue()));
      }
      sink.accept(row(file, line, pathId + "#" + rows, values).resolve(outlets, WHERE));
    }
  }

  private static JsonObject object(String line) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(line));
    reader.setStrictness(Strictness.STRICT);
    JsonElement e = JsonParser.parseReader(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new JsonParseException("more than one JSON value on the line");
    }
    if (!e.isJsonObject()) {
      throw new JsonParseException("not a JSON object");
    }
    return e.getAsJsonObject();
  }

  /** Returns a value as text: a string or number as written, a list of strings as paragraphs. */
  private static String value(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return "";
    }
    if (e.isJsonPrimitive()) {
      return e.getAsString();
    }
    if (e.isJsonArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonElement each : e.getAsJsonArray()) {
        if (each.isJsonPrimitive()) {
          parts.add(each.getAsString());
        }
      }
      return String.join("\n\n", parts);
    }
    return "";
  }

  private static Draft row(String file, long line, String fallbackId, Map<String, String> v) {
    return new Draft(
        file,
        line,
        get(v, "article_id", "id"),
        fallbackId,
        get(v, "source_id", "source"),
        get(v, "date", "date"),
        get(v, "url", "url"),
        "",
        get(v, "title", "title"),
        Paragraphs.ofPlainText(get(v, "text", "text")),
        get(v, "language", "lang"));
  }

  private static String get(Map<String, String> values, String name, String alias) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      v = values.get(alias);
    }
    return v == null ? "" : v;
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Returns the offset at which each line starts. */
  private static long[] lineStarts(String text) {
    long[] starts = new long[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** Returns where a record starts, past the empty lines the parser skipped before it. */
  private static long recordStart(String text, long position) {
    int i = (int) position;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  /** Returns the 1-based line of a character offset. */
  private static long lineOf(long[] lineStarts, long offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
