package org.ackgap.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ackgap.Reject;
import org.ackgap.score.TopicLedger;

/**
 * What a {@link SplitWork} returns besides the files it wrote: its topic ledgers, the report's
 * samples, and its counts. Serialisable, so that a distributed engine can ship it to the driver,
 * merge the ledgers by topic and the samples in any tree.
 */
public final class SplitResult implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int split;
  private final List<TopicLedger> ledgers;
  private final Samples samples;
  private final LinkedHashMap<String, long[]> counts;
  private final long rejects;
  private final ArrayList<Reject> firstRejects;
  private final long afterAsOf;
  private final boolean malformed;
  private final long[] timelineBytes;

  SplitResult(int split, List<TopicLedger> ledgers, Samples samples,
      Map<String, long[]> counts, long rejects, List<Reject> firstRejects, long afterAsOf,
      boolean malformed, long[] timelineBytes) {
    this.split = split;
    this.ledgers = ledgers == null ? null : new ArrayList<>(ledgers);
    this.samples = samples;
    this.counts = new LinkedHashMap<>(counts);
    this.rejects = rejects;
    this.firstRejects = firstRejects == null ? null : new ArrayList<>(firstRejects);
    this.afterAsOf = afterAsOf;
    this.malformed = malformed;
    this.timelineBytes = timelineBytes;
  }

  /** Returns the split's index: its place in the input order. */
  public int split() {
    return split;
  }

  /** Returns the ledger of each topic: the positions of this split, aggregated by day. */
  public List<TopicLedger> ledgers() {
    return ledgers;
  }

  /** Returns the report's samples and counts kept by this split. */
  public Samples samples() {
    return samples;
  }

  /** Returns rows read, used and rejected per statement file, in reading order. */
  public Map<String, long[]> counts() {
    return counts;
  }

  /** Returns how many rows this split rejected. */
  public long rejects() {
    return rejects;
  }

  /** Returns the first {@code min(rejects, FIRST_REJECTS)} rejects, or null once dropped. */
  public List<Reject> firstRejects() {
    return firstRejects;
  }

  /** Returns how many statements were dated after the as-of. */
  public long afterAsOf() {
    return afterAsOf;
  }

  /**
   * Returns whether a record could not be cut out cleanly (an unterminated quote, a malformed
   * record): then the split's start or end may not be a record boundary as a reader of the whole
   * file would find it, and the file must be read as one split.
   */
  public boolean malformed() {
    return malformed;
  }

  /** Returns the bytes of timeline ids this split wrote per topic index. */
  public long[] timelineBytes() {
    return timelineBytes;
  }

  /** Returns this result without its ledgers and samples: what the driver keeps of each split. */
  public SplitResult summary() {
    return new SplitResult(split, null, null, counts, rejects, firstRejects, afterAsOf, malformed,
        timelineBytes);
  }

  /** The report's samples and counts of one or more splits, merged in any order. */
  public static final class Samples implements Serializable {
    private static final long serialVersionUID = 1L;
    final Collector.Partial partial;

    Samples(Collector.Partial partial) {
      this.partial = partial;
    }

    /** Returns the samples of both, as if their positions had been collected together. */
    public Samples merge(Samples other) {
      return new Samples(Collector.Partial.merge(partial, other.partial));
    }
  }
}
