package org.ackgap.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English and Russian cue phrases, read once from {@code lexicon.tsv} on the classpath, and
 * the scan that finds them in a text with their negation.
 */
final class Lexicon {

  /** One cue found in a text. {@code negated}: a negator stands within three words before it. */
  record CueHit(Cue cue, String phrase, int start, int end, int sentence, int clause,
      boolean negated) {}

  /** An actor named in a text: its code (as in sources.csv and a topic's subjects) and where. */
  record Actor(String code, int start, int end) {}

  static final String RESOURCE = "lexicon.tsv";
  static final String ACTORS = "actors.tsv";
  private static final int NEGATION_WINDOW = 3;

  private static volatile Lexicon standard;

  private final PhraseIndex<Cue> index = new PhraseIndex<>();
  private final Map<Cue, List<String>> phrases = new EnumMap<>(Cue.class);
  private final PhraseIndex<String> actors = new PhraseIndex<>();
  private final java.util.Set<String> actorCodes = new java.util.HashSet<>();

  private Lexicon(List<String> lines, List<String> actorLines) {
    this(lines);
    rows(actorLines, ACTORS, "code", (code, term) -> {
      actors.add(term, code);
      actorCodes.add(code);
    });
  }

  private Lexicon(List<String> lines) {
    rows(lines, RESOURCE, "category", (category, term) -> {
      Cue cue = Cue.valueOf(category.toUpperCase(Locale.ROOT));
      index.add(term, cue);
      phrases.computeIfAbsent(cue, k -> new ArrayList<>()).add(term.text());
    });
  }

  /**
   * Reads the rows {@code key<TAB>phrase} of a lexicon file, skipping blank lines and comments,
   * and hands each row with a phrase to {@code row}.
   */
  private static void rows(List<String> lines, String file, String key,
      java.util.function.BiConsumer<String, Term> row) {
    int n = 0;
    for (String line : lines) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file + ":" + n + ": expected " + key + "<TAB>phrase");
      }
      Term term = Term.parse(line.substring(tab + 1));
      if (term != null) {
        row.accept(line.substring(0, tab).strip(), term);
      }
    }
  }

  /** Returns the lexicon shipped in the jar. */
  static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (standard == null) {
          standard = load();
        }
        l = standard;
      }
    }
    return l;
  }

  private static Lexicon load() {
    return new Lexicon(lines(RESOURCE), lines(ACTORS));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource org/ackgap/classify/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns whether {@code code} is an actor this lexicon can recognise in a text. */
  boolean knowsActor(String code) {
    return actorCodes.contains(code);
  }

  /** Returns the actors named in {@code t}, in text order. */
  List<Actor> actors(Tokens t) {
    PhraseIndex.Hits raw = actors.find(t);
    List<Actor> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(new Actor(actors.value(raw.entry(i)), raw.start(i), raw.end(i)));
    }
    return out;
  }

  /** Returns the phrases of one category, as written in the lexicon. */
  List<String> phrases(Cue cue) {
    return List.copyOf(phrases.getOrDefault(cue, List.of()));
  }

  /**
   * Returns the cues in {@code t}, in text order. Where phrases of one category overlap, only the
   * longest is kept, so "fake news" is one cue, not two.
   */
  List<CueHit> scan(Tokens t) {
    // the classifier asks once per topic a statement matches; the answer depends on text alone
    if (t.cues instanceof Scanned s && s.lexicon() == this) {
      return s.hits();
    }
    List<CueHit> hits = java.util.Collections.unmodifiableList(find(t, raw(t), false));
    t.cues = new Scanned(this, hits);
    return hits;
  }

  private record Scanned(Lexicon lexicon, List<CueHit> hits) {}

  private record Raw(Lexicon lexicon, PhraseIndex.Hits hits) {}

  /**
   * Returns {@link #scan} together with the late categories ({@link Cue#late}: non-confirmations,
   * alternative accounts, admissions, words, agents), in text order: what the short-statement
   * rules read. One search of the text serves both.
   */
  List<CueHit> scanStatement(Tokens t) {
    if (t.statementCues instanceof Scanned s && s.lexicon() == this) {
      return s.hits();
    }
    List<CueHit> hits = java.util.Collections.unmodifiableList(find(t, raw(t), true));
    t.statementCues = new Scanned(this, hits);
    return hits;
  }

  private PhraseIndex.Hits raw(Tokens t) {
    if (t.rawCues instanceof Raw r && r.lexicon() == this) {
      return r.hits();
    }
    PhraseIndex.Hits raw = index.find(t);
    t.rawCues = new Raw(this, raw);
    return raw;
  }

  private List<CueHit> find(Tokens t, PhraseIndex.Hits raw, boolean late) {
    int n = raw.size();
    List<CueHit> out = new ArrayList<>(n);
    int lastNegatorEnd = -100;
    int negSentence = -1;
    int[] coveredUntil = null;
    for (int i = 0; i < n; i++) {
      Cue c = index.value(raw.entry(i));
      if (!late && c.late()) {
        continue;
      }
      int start = raw.start(i);
      int end = raw.end(i);
      // keep the longest of the hits of one category starting at one token
      boolean longer = false;
      for (int j = i + 1; j < n && raw.start(j) == start; j++) {
        if (index.value(raw.entry(j)) == c && raw.end(j) > end) {
          longer = true;
        }
      }
      if (coveredUntil == null) {
        coveredUntil = new int[CUES];
      }
      if (longer || start < coveredUntil[c.ordinal()]) {
        continue;
      }
      coveredUntil[c.ordinal()] = end;
      int s = t.sentence(start);
      boolean negated = c != Cue.NEGATOR && c != Cue.DEFLECT && c != Cue.EVADE
          && c != Cue.RELAY && c != Cue.CLAIMNEG && c != Cue.UNCONFIRMED && c != Cue.WORDS
          && c != Cue.AGENT
          && negSentence == s && start - lastNegatorEnd < NEGATION_WINDOW
          && start >= lastNegatorEnd;
      out.add(new CueHit(c, index.term(raw.entry(i)).text(), start, end, s, t.clause(start),
          negated));
      if (c == Cue.NEGATOR) {
        lastNegatorEnd = end;
        negSentence = s;
      }
    }
    return out;
  }

  private static final int CUES = Cue.values().length;
}
