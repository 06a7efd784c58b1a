package org.ackgap.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ackgap.ingest.article.Article;

/**
 * Finds the statements inside an article (SPEC §6): the outlet's own voice (the title and the
 * narration, less what the article attributes to others) and one statement per attribution of
 * speech whose speaker matches a source's aliases. Pure and thread-safe. What it yields is
 * serialisable, so that a distributed engine's task can send it to the driver (SPEC §8).
 */
public final class ArticleStatements {

  /**
   * What one article yields.
   *
   * @param statements the outlet's own voice first, then the attributions in reading order
   * @param unmatched speakers whose words matched no source's aliases
   */
  public record Yield(List<ExtractedStatement> statements, List<Unmatched> unmatched)
      implements java.io.Serializable {}

  /**
   * A speaker that matched no source (or several equally), for speakers.csv.
   *
   * @param speaker the speaker as written (resolved through a pronoun to the paragraph's last named
   *     speaker)
   * @param articleId where it was found
   * @param example the sentence that named it
   */
  public record Unmatched(String speaker, String articleId, String example)
      implements java.io.Serializable {}

  private final AttributionExtractor extractor;
  private final SpeakerIndex speakers;

  /** Creates the stage with an extractor and the sources' aliases. */
  public ArticleStatements(AttributionExtractor extractor, SpeakerIndex speakers) {
    this.extractor = extractor;
    this.speakers = speakers;
  }

  /** Returns the statements of one article and the speakers that matched no source. */
  public Yield of(Article a) {
    // the headline is read too: "Colonel Ivan Petrov: reports … are a provocation" is a statement
    String text = a.title().isBlank() ? a.body() : a.title().strip() + "\n\n" + a.body();
    List<Attribution> found = extractor.extract(text);
    List<ExtractedStatement> out = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    StringBuilder narration = new StringBuilder(text.length());
    int at = 0;
    int n = 0;
    for (Attribution att : found) {
      // the narration keeps what no attribution covers: its source, cue and content go
      int from = Math.min(att.cueStart(), att.contentStart());
      if (att.hasSource()) {
        from = Math.min(from, att.sourceStart());
      }
      int to = Math.max(att.cueEnd(), att.contentEnd());
      if (from >= at) {
        narration.append(text, at, from);
        at = to;
      } else {
        at = Math.max(at, to);
      }
      if (!att.isSpeech() || att.speakerResolved().isBlank()) {
        continue;
      }
      SpeakerIndex.Match match = speakers.match(att.speakerResolved());
      if (match.status() != SpeakerIndex.Status.RESOLVED) {
        unmatched.add(new Unmatched(att.speakerResolved().strip(), a.id(), sentence(text, att)));
        continue;
      }
      String content = att.content().strip();
      if (content.isEmpty() && !isWord(att.cue())) {
        continue;
      }
      LocalDate date = StatedDate.resolve(att.context(), a.date()).orElse(a.date());
      String said = isWord(att.cue()) ? (att.cue().strip() + " " + content).strip() : content;
      out.add(new ExtractedStatement(a.id() + ":" + ++n, a.id(), a.date(), date,
          match.sourceIds().get(0), att.speaker().strip(), att.cue().strip(), said, a.url(), 1));
    }
    narration.append(text, Math.min(at, text.length()), text.length());
    out.add(0, new ExtractedStatement(a.id(), a.id(), a.date(), a.date(), a.sourceId(), "", "",
        tidy(narration), a.url(), 1));
    return new Yield(out, unmatched);
  }

  /** Drops the blanks and bare punctuation that cutting attributions out leaves behind. */
  private static String tidy(CharSequence narration) {
    StringBuilder out = new StringBuilder(narration.length());
    for (String paragraph : narration.toString().split("\\n\\s*\\n")) {
      String p = paragraph.replaceAll("[ \\t]+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
      if (p.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.append(out.length() == 0 ? "" : "\n\n").append(p);
      }
    }
    return out.toString();
  }

  private static boolean isWord(String cue) {
    return cue.codePoints().anyMatch(Character::isLetter);
  }

  /** Returns the sentence around an attribution's cue, for speakers.csv's example. */
  private static String sentence(String text, Attribution att) {
    int from = Math.min(att.cueStart(), att.sourceStart() >= 0 ? att.sourceStart()
        : att.cueStart());
    int to = Math.max(att.cueEnd(), att.contentEnd());
    int start = from;
    while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = to;
    while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (end < text.length() && text.charAt(end) != '\n') {
      end++;
    }
    String s = text.substring(start, end).strip();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
