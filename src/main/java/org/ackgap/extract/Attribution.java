package org.ackgap.extract;

/**
 * One attribution found in a text: who (source) said or thought what (content) through which
 * words (cue). Offsets are UTF-16 indices into the text given to
 * {@link AttributionExtractor#extract}, end exclusive.
 *
 * @param sourceStart where the source span starts, or -1 when the text names no source
 * @param sourceEnd where it ends, or -1
 * @param cueStart where the cue starts ("said", "according to", "заявил", ":")
 * @param cueEnd where the cue ends
 * @param contentStart where the content starts (equal to contentEnd when there is none, as in
 *     "declined to comment")
 * @param contentEnd where the content ends
 * @param speaker the source as written ("he", "Дмитрий Песков"), empty when there is none
 * @param speakerResolved for a pronoun or a bare role ("the spokesman", "он", "представитель"),
 *     the last named speaker of the paragraph; otherwise the speaker itself
 * @param cue the cue as written
 * @param content the content as written
 * @param kind speech (said, told, according to) or belief and intention (believes, wants)
 * @param context the cue's sentence with the content left out, where the day the statement was
 *     made is written if anywhere ("said on Monday that …"); see {@link StatedDate}
 */
public record Attribution(int sourceStart, int sourceEnd, int cueStart, int cueEnd,
    int contentStart, int contentEnd, String speaker, String speakerResolved, String cue,
    String content, Kind kind, String context) {

  /** What the cue reports: words said or written, or a belief or intention. */
  public enum Kind {
    /** Words said, written or published: said, told, according to, заявил, по словам. */
    SPEECH,
    /** A belief, wish or intention: believes, wants, plans to, считает, надеется. */
    BELIEF
  }

  public Attribution {
    if (cueStart < 0 || cueEnd <= cueStart) {
      throw new IllegalArgumentException("a cue span needs 0 <= start < end, got " + cueStart
          + ".." + cueEnd);
    }
    if ((sourceStart < 0) != (sourceEnd < 0) || sourceStart > sourceEnd) {
      throw new IllegalArgumentException("a source span needs both offsets or none, got "
          + sourceStart + ".." + sourceEnd);
    }
    if (contentStart < 0 || contentEnd < contentStart) {
      throw new IllegalArgumentException("a content span needs 0 <= start <= end, got "
          + contentStart + ".." + contentEnd);
    }
    if (speaker == null || speakerResolved == null || cue == null || content == null
        || kind == null || context == null) {
      throw new NullPointerException("an attribution's texts and kind are never null");
    }
  }

  /** Returns whether the text names a source for this attribution. */
  public boolean hasSource() {
    return sourceStart >= 0;
  }

  /** Returns whether the cue reports speech, the kind a statement needs. */
  public boolean isSpeech() {
    return kind == Kind.SPEECH;
  }
}
