package org.ackgap.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the source a speaker names, through the sources' aliases (SPEC §2 {@code aliases}).
 *
 * <p>An alias matches when its words occur in a row among the speaker's words, compared after
 * folding (lower case, {@code ё} as {@code е}, every non-letter a word boundary); a word ending in
 * {@code *} matches any word that starts with it ({@code Песков*} matches "Пескова").
 *
 * <p><b>Ambiguity rule</b>: the longest matching alias wins, its length counted in letters
 * (without the {@code *}), so "National Security Council" beats "Council". When the longest
 * matches of two or more sources are equally long, the speaker is ambiguous: {@link #resolve}
 * returns empty and {@link #match} lists the sources so the caller can report them.
 *
 * <p>Only when no alias matches exactly does a spelling variant count: a speaker word of five or
 * more letters at Levenshtein distance 1 from an alias word (Zelensky, Zelenskyy), for
 * transliterations; the same ambiguity rule applies to those matches. Immutable and thread-safe.
 */
public final class SpeakerIndex {

  /** How a speaker resolved. */
  public enum Status {
    /** One source's alias matched longest. */
    RESOLVED,
    /** Equally long aliases of several sources matched. */
    AMBIGUOUS,
    /** No alias matched. */
    UNKNOWN
  }

  /**
   * What a speaker matched.
   *
   * @param status resolved, ambiguous or unknown
   * @param sourceIds the one source when resolved, the tied ones (in sources order) when
   *     ambiguous, none when unknown
   * @param alias the winning alias as written (the first tied one when ambiguous), or empty
   */
  public record Match(Status status, List<String> sourceIds, String alias) {
    public Match {
      sourceIds = List.copyOf(sourceIds);
    }
  }

  private record Alias(String sourceId, String text, String[] words, boolean[] prefix,
      int length) {}

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  private final List<Alias> aliases;

  private SpeakerIndex(List<Alias> aliases) {
    this.aliases = aliases;
  }

  /**
   * Builds the index from each source's aliases, in sources.csv order.
   *
   * @throws NullPointerException when the map or a list is null
   */
  public static SpeakerIndex of(Map<String, List<String>> aliasesBySource) {
    List<Alias> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : new LinkedHashMap<>(aliasesBySource).entrySet()) {
      for (String alias : e.getValue()) {
        List<String> words = new ArrayList<>();
        List<Boolean> wild = new ArrayList<>();
        for (String chunk : alias.strip().split("\\s+")) {
          boolean star = chunk.endsWith("*");
          List<String> parts = fold(chunk.replace("*", " "));
          for (int i = 0; i < parts.size(); i++) {
            words.add(parts.get(i));
            wild.add(star && i == parts.size() - 1);
          }
        }
        if (words.isEmpty()) {
          continue;
        }
        boolean[] p = new boolean[wild.size()];
        int length = 0;
        for (int i = 0; i < p.length; i++) {
          p[i] = wild.get(i);
          length += words.get(i).length();
        }
        out.add(new Alias(e.getKey(), alias.strip(), words.toArray(new String[0]), p, length));
      }
    }
    return new SpeakerIndex(List.copyOf(out));
  }

  /** Returns the source the speaker names, or empty when none or several equally do. */
  public Optional<String> resolve(String speaker) {
    Match m = match(speaker);
    return m.status() == Status.RESOLVED ? Optional.of(m.sourceIds().get(0)) : Optional.empty();
  }

  /** Returns what the speaker matched: one source, several tied ones, or none. */
  public Match match(String speaker) {
    List<String> words = fold(speaker);
    Match exact = best(words, false);
    return exact.status() != Status.UNKNOWN ? exact : best(words, true);
  }

  private Match best(List<String> words, boolean fuzzy) {
    int bestLength = 0;
    Map<String, String> tied = new LinkedHashMap<>();
    for (Alias a : aliases) {
      if (a.length() < bestLength || !occurs(a, words, fuzzy)) {
        continue;
      }
      if (a.length() > bestLength) {
        bestLength = a.length();
        tied.clear();
      }
      tied.putIfAbsent(a.sourceId(), a.text());
    }
    if (tied.isEmpty()) {
      return new Match(Status.UNKNOWN, List.of(), "");
    }
    List<String> ids = new ArrayList<>(tied.keySet());
    return new Match(ids.size() == 1 ? Status.RESOLVED : Status.AMBIGUOUS, ids,
        tied.values().iterator().next());
  }

  private static boolean occurs(Alias a, List<String> words, boolean fuzzy) {
    int n = a.words().length;
    for (int s = 0; s + n <= words.size(); s++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        String w = words.get(s + k);
        String x = a.words()[k];
        if (a.prefix()[k]) {
          all = w.startsWith(x);
        } else if (w.equals(x)) {
          all = true;
        } else {
          all = fuzzy && x.length() >= 5 && w.length() >= 5 && ONE_EDIT.apply(x, w) == 1;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Cuts a text into folded words: lower case, ё as е, every non-letter-or-digit a boundary. */
  static List<String> fold(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        String s = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        w.append(s.replace('ё', 'е'));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    });
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
