package org.ackgap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The stance of a statement toward a topic's claim, aligned with the FNC-1 labels. */
public enum Stance {
  /** Acknowledges (subject side) or confirms (third party); FNC-1 "agree". */
  AFFIRM("agree"),
  /** Denies or disputes; FNC-1 "disagree". */
  DENY("disagree"),
  /** Deflects, evades, alleges, reports unverified; FNC-1 "discuss". */
  DISCUSS("discuss"),
  /** Does not address the claim; FNC-1 "unrelated". */
  NONE("unrelated");

  private static final Map<String, Stance> WORDS = Map.ofEntries(
      Map.entry("affirm", AFFIRM), Map.entry("acknowledges", AFFIRM),
      Map.entry("acknowledged", AFFIRM), Map.entry("confirms", AFFIRM),
      Map.entry("confirmed", AFFIRM), Map.entry("agree", AFFIRM),
      Map.entry("deny", DENY), Map.entry("denies", DENY), Map.entry("denied", DENY),
      Map.entry("disputes", DENY), Map.entry("disputed", DENY), Map.entry("disagree", DENY),
      Map.entry("discuss", DISCUSS), Map.entry("deflects", DISCUSS), Map.entry("evades", DISCUSS),
      Map.entry("alleges", DISCUSS), Map.entry("reports", DISCUSS), Map.entry("hedges", DISCUSS),
      Map.entry("none", NONE), Map.entry("unrelated", NONE), Map.entry("silent", NONE));

  private final String fncLabel;

  Stance(String fncLabel) {
    this.fncLabel = fncLabel;
  }

  /** Returns the stance named by an analyst's word (SPEC §2), ignoring case and surrounding blanks. */
  public static Optional<Stance> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** Returns the FNC-1 label this stance corresponds to. */
  public String fncLabel() {
    return fncLabel;
  }

  /** Returns the lower-case name used in ackgap's own output files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
