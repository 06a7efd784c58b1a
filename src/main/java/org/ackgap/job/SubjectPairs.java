package org.ackgap.job;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ackgap.Position;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.ingest.IdSet;
import org.ackgap.score.Changes.NewStatement;

/**
 * The subject-side (statement, topic) pairs with a stance that a report scored, kept in the report
 * folder as {@value #FILE} so that the next run can tell which of its own are new (SPEC §7).
 *
 * <p>A pair is kept as a 64-bit hash of its two ids, sorted: 8 bytes a pair, where positions.csv
 * takes a hundred, and two distinct pairs in a million collide with odds of about 1 in 30
 * million.
 */
final class SubjectPairs {

  /** The file in each report folder. */
  static final String FILE = "subject-pairs.bin";
  private static final byte[] MAGIC = "ackgap subject pairs 1\n".getBytes(StandardCharsets.US_ASCII);

  /** The previous report's pairs, sorted; null when there is none to compare with. */
  private final long[] previous;
  private long[] seen = new long[1024];
  private int size;
  private final List<NewStatement> added = new ArrayList<>();

  SubjectPairs(Optional<long[]> previous) {
    this.previous = previous.orElse(null);
  }

  /** Takes one scored pair, in input order. */
  void add(Position p) {
    if (p.side() != Side.SUBJECT || p.stance() == Stance.NONE) {
      return;
    }
    long h = hash(p.statementId(), p.topicId());
    if (size == seen.length) {
      seen = Arrays.copyOf(seen, size * 2);
    }
    seen[size++] = h;
    if (previous != null && Arrays.binarySearch(previous, h) < 0) {
      added.add(new NewStatement(p.topicId(), p.statementId(), p.date(), p.sourceId(),
          p.stance()));
    }
  }

  /** Returns the previous report's pairs, sorted, if there was a report to compare with. */
  Optional<long[]> previous() {
    return Optional.ofNullable(previous);
  }

  /** Returns this run's pairs so far, in the order taken, duplicates included. */
  long[] seen() {
    return Arrays.copyOf(seen, size);
  }

  /**
   * Takes in the pairs another tracker took (a distributed run's part, SPEC §8), with those of
   * them that it found new against the same previous report.
   */
  void absorb(long[] pairs, List<NewStatement> newOnes) {
    if (size + pairs.length > seen.length) {
      seen = Arrays.copyOf(seen, Math.max(seen.length * 2, size + pairs.length));
    }
    System.arraycopy(pairs, 0, seen, size, pairs.length);
    size += pairs.length;
    added.addAll(newOnes);
  }

  /** Returns the pairs the previous report did not have; none when there was no report. */
  List<NewStatement> added() {
    return List.copyOf(added);
  }

  /** Writes this run's pairs, sorted, for the next run. */
  void write(OutputStream out) throws IOException {
    long[] sorted = Arrays.copyOf(seen, size);
    Arrays.sort(sorted);
    DataOutputStream data = new DataOutputStream(out);
    data.write(MAGIC);
    long last = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != last) {
        data.writeLong(sorted[i]);
      }
      last = sorted[i];
    }
    data.flush();
  }

  /**
   * Reads the pairs a report wrote.
   *
   * @throws IOException if the stream fails or is not such a file
   */
  static long[] read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] magic = new byte[MAGIC.length];
    try {
      data.readFully(magic);
    } catch (EOFException e) {
      throw new IOException("not a list of subject pairs: too short");
    }
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a list of subject pairs written by this version of ackgap");
    }
    long[] pairs = new long[1024];
    int n = 0;
    byte[] buffer = new byte[8];
    while (true) {
      int got = data.readNBytes(buffer, 0, 8);
      if (got == 0) {
        break;
      }
      if (got < 8) {
        throw new IOException("a list of subject pairs cut short");
      }
      if (n == pairs.length) {
        pairs = Arrays.copyOf(pairs, n * 2);
      }
      pairs[n++] = java.nio.ByteBuffer.wrap(buffer).getLong();
    }
    long[] result = Arrays.copyOf(pairs, n);
    Arrays.sort(result); // written sorted; sorting again costs little and guards a hand edit
    return result;
  }

  private static long hash(String statementId, String topicId) {
    // two hashes mixed, not one of a joined string: this runs on the collecting thread, the
    // pipeline's narrowest, for every subject-side pair, and allocates nothing
    return IdSet.hash(statementId) * 0x9E3779B97F4A7C15L ^ IdSet.hash(topicId);
  }
}
