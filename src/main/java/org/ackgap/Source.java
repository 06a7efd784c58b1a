package org.ackgap;

import java.util.Objects;

/**
 * Who speaks: an outlet or office.
 *
 * @param id unique id
 * @param name display name
 * @param actor actor code, e.g. {@code RU}
 * @param type what kind of speaker it is
 * @param reliability in [0, 1]
 * @param group independence group; sources of one group count once
 */
public record Source(
    String id, String name, String actor, SourceType type, double reliability, String group)
    implements java.io.Serializable {

  /** The reliability of a source that states none. */
  public static final double DEFAULT_RELIABILITY = 0.5;

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(group, "group");
    if (!(reliability >= 0.0 && reliability <= 1.0)) {
      throw new IllegalArgumentException("reliability must be in [0,1], got " + reliability);
    }
  }

  /** Returns the side this source takes on a topic (SPEC §1). */
  public Side sideOn(Topic topic) {
    return type.isStateVoice() && topic.hasSubject(actor) ? Side.SUBJECT : Side.THIRD_PARTY;
  }
}
