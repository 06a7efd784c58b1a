package org.ackgap.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ackgap.Topic;

/** Matches topics by their terms (SPEC §2 syntax). A first version; to be replaced. */
public final class TermMatcher implements TopicMatcher {

  private final List<Topic> topics;
  private final List<List<Pattern>> terms = new ArrayList<>();
  private final List<List<Pattern>> context = new ArrayList<>();

  /** Creates a matcher for these topics. */
  public TermMatcher(List<Topic> topics) {
    this.topics = List.copyOf(topics);
    for (Topic t : this.topics) {
      terms.add(t.terms().stream().map(TermMatcher::compile).toList());
      context.add(t.contextTerms().stream().map(TermMatcher::compile).toList());
    }
  }

  static Pattern compile(String term) {
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String t = term.strip().toLowerCase(Locale.ROOT);
    boolean wild = t.endsWith("*");
    if (wild) {
      t = t.substring(0, t.length() - 1);
    }
    re.append(Pattern.quote(t));
    re.append(wild ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Override
  public List<TopicMatch> match(String text) {
    List<TopicMatch> out = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      List<String> hit = hits(t.terms(), terms.get(i), text);
      if (!hit.isEmpty()) {
        out.add(new TopicMatch(t, true, hit));
        continue;
      }
      List<String> ctx = hits(t.contextTerms(), context.get(i), text);
      if (!ctx.isEmpty()) {
        out.add(new TopicMatch(t, false, ctx));
      }
    }
    return out;
  }

  private static List<String> hits(List<String> names, List<Pattern> patterns, String text) {
    List<String> hit = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(text).find()) {
        hit.add(names.get(i));
      }
    }
    return hit;
  }
}
