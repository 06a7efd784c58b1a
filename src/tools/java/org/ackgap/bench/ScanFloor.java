package org.ackgap.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The least a run of the job does with its statements file, timed in a JVM of its own: read it
 * once in the job's 128 KB chunks, take its SHA-256 (the manifest's, SPEC §6) and count its
 * lines. No parsing, no matching, no classification, no output. {@code scripts/bench --floor}
 * runs it as {@code java -jar} runs the job, so its time includes the JVM's start, and sets it
 * beside grep's.
 *
 * <p>Usage: {@code java -cp target/ackgap.jar org.ackgap.bench.ScanFloor FILE}; prints the
 * seconds from the JVM's start, the lines and the SHA-256.
 */
public final class ScanFloor {

  private ScanFloor() {}

  private static int lines(byte[] bytes, int n) {
    int lines = 0;
    for (int i = 0; i < n; i++) {
      lines += bytes[i] == '\n' ? 1 : 0;
    }
    return lines;
  }

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    if (args.length != 1) {
      System.err.println("usage: ScanFloor FILE");
      System.exit(2);
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    ByteBuffer buffer = ByteBuffer.allocate(128 * 1024);
    byte[] bytes = buffer.array();
    long lines = 0;
    try (FileChannel in = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ)) {
      int n;
      while ((n = in.read(buffer.clear())) >= 0) {
        sha.update(bytes, 0, n);
        lines += lines(bytes, n);
      }
    }
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "%.2f s from JVM start, %d lines, sha256 %s%n",
        uptime / 1e3, lines, HexFormat.of().formatHex(sha.digest()));
  }
}
