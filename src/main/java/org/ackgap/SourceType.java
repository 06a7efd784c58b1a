package org.ackgap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of speaker a source is; five kinds are a state's own voices. */
public enum SourceType {
  STATE_MEDIA("state-media", true),
  OFFICIAL("official", true),
  GOVERNMENT("government", true),
  INTELLIGENCE("intelligence", true),
  MILITARY("military", true),
  THINK_TANK("think-tank", false),
  MEDIA("media", false),
  NGO("ngo", false),
  OTHER("other", false);

  private final String label;
  private final boolean stateVoice;

  SourceType(String label, boolean stateVoice) {
    this.label = label;
    this.stateVoice = stateVoice;
  }

  /** Returns the type named by its label, e.g. {@code state-media}, ignoring case. */
  public static Optional<SourceType> parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst();
  }

  /** Returns every accepted label, for error messages. */
  public static String labels() {
    return Arrays.stream(values()).map(t -> t.label).collect(Collectors.joining(", "));
  }

  /** Returns the label used in input and output files. */
  public String label() {
    return label;
  }

  /** Returns whether a source of this type speaks for its state (SPEC §1, "side"). */
  public boolean isStateVoice() {
    return stateVoice;
  }
}
