package org.ackgap.job;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Narrows HotSpot's optimising compiler (C2) to the few loops that repay it.
 *
 * <p>A nightly run lasts seconds. Left alone, C2 spent more CPU compiling ackgap's large
 * classification methods than the job spent running them (23 s of 42 on a million statements,
 * on two cores). Turned off altogether (-XX:TieredStopAtLevel=1), the SHA-256 of the input ran
 * ten times slower, since only C2 uses the processor's SHA instructions, and took a third of the
 * reading thread. So the job keeps C2 for the digest, the byte and string loops of reading, term
 * search and row writing, and the PNG encoder ({@code c2-directives.json}), and every other
 * method stays with the quick compiler: 1M statements in 17-18 s instead of 25 s.
 *
 * <p>The directives are added through the JVM's diagnostic command MBean, on a daemon thread so
 * that start-up does not wait for it. On a JVM without that command the job runs as before,
 * only slower; {@code -Dackgap.c2=all} leaves the compiler alone.
 */
final class Jit {

  private Jit() {}

  /** Adds the directives in the background; never fails. */
  static void narrowC2() {
    if ("all".equals(System.getProperty("ackgap.c2"))) {
      return;
    }
    Thread t = new Thread(Jit::addDirectives, "ackgap-jit");
    t.setDaemon(true);
    t.start();
  }

  private static void addDirectives() {
    Path file = null;
    try (InputStream in = Jit.class.getResourceAsStream("c2-directives.json")) {
      if (in == null) {
        return;
      }
      // the server first: starting it is the slow part, and a run that exits meanwhile (a usage
      // error, a locked folder) must not leave the file behind
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      file = Files.createTempFile("ackgap-c2-", ".json");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
          "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
          new String[] {String[].class.getName()});
    } catch (Exception | LinkageError e) {
      // not HotSpot, or no jdk.management: the job only runs slower
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (Exception e) {
          // deleteOnExit has another go
        }
      }
    }
  }
}
