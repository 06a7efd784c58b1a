package org.ackgap;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One factual claim whose acknowledgement is measured.
 *
 * @param id file-safe identifier, {@code [a-z0-9][a-z0-9-]{0,63}}
 * @param title short human title
 * @param claim the claim as one sentence
 * @param subjects actor codes whose acknowledgement is measured
 * @param terms phrases that reveal a mention of the claim; empty means "match by similarity"
 * @param contextTerms phrases that reveal coverage of the surrounding events
 */
public record Topic(
    String id, String title, String claim, List<String> subjects, List<String> terms,
    List<String> contextTerms) implements java.io.Serializable {

  /** The only shape a topic id may take: it names files. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public Topic {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("topic_id must match " + ID + ", got '" + id + "'");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(claim, "claim");
    subjects = List.copyOf(subjects);
    terms = List.copyOf(terms);
    contextTerms = List.copyOf(contextTerms);
  }

  /** Returns whether the actor is one of this topic's subjects; codes compare ignoring case. */
  public boolean hasSubject(String actor) {
    for (String subject : subjects) {
      if (subject.equalsIgnoreCase(actor)) {
        return true;
      }
    }
    return false;
  }
}
