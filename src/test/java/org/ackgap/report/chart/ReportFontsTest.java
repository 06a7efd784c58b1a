package org.ackgap.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.ackgap.report.chart.ReportFonts.Face;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFontsTest {

  @TempDir Path tmp;

  private static byte[] bytes(Face face) throws IOException {
    try (InputStream in = ReportFonts.open(face)) {
      return in.readAllBytes();
    }
  }

  @Test
  void unpacksAFaceOnceIntoAFolderOfTheUsersOwn() throws IOException {
    Path dir = tmp.resolve("fonts");
    byte[] regular = bytes(Face.REGULAR);
    Path file = ReportFonts.unpack(Face.REGULAR, regular, dir);
    assertNotNull(file);
    assertArrayEquals(regular, Files.readAllBytes(file));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));

    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    assertEquals(file, ReportFonts.unpack(Face.REGULAR, regular, dir));
    assertEquals(old, Files.getLastModifiedTime(file), "a sound copy is used as it is");
    Path bold = ReportFonts.unpack(Face.BOLD, bytes(Face.BOLD), dir);
    assertEquals(dir, bold.getParent());
    assertNotEquals(file, bold);
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(2, s.count(), "one file a face, nothing else");
    }
  }

  @Test
  void writesADamagedCopyAgain() throws IOException {
    Path dir = tmp.resolve("fonts");
    byte[] regular = bytes(Face.REGULAR);
    Path file = ReportFonts.unpack(Face.REGULAR, regular, dir);
    byte[] damaged = regular.clone();
    damaged[damaged.length / 2] ^= 0x5a;
    Files.write(file, damaged);
    assertEquals(file, ReportFonts.unpack(Face.REGULAR, regular, dir));
    assertArrayEquals(regular, Files.readAllBytes(file));
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(file, ReportFonts.unpack(Face.REGULAR, regular, dir));
    assertArrayEquals(regular, Files.readAllBytes(file));
  }

  @Test
  void refusesAFolderOthersCanWriteIntoOrALink() throws IOException {
    Path open = Files.createDirectory(tmp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertNull(ReportFonts.unpack(Face.REGULAR, bytes(Face.REGULAR), open));
    try (Stream<Path> s = Files.list(open)) {
      assertEquals(List.of(), s.toList(), "nothing written into a folder not used");
    }
    Path real = Files.createDirectory(tmp.resolve("real"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    assertNull(ReportFonts.unpack(Face.REGULAR, bytes(Face.REGULAR), link));
    assertTrue(ReportFonts.awt(Face.REGULAR, 10f).canDisplay('Ж'),
        "the faces load whatever the folder");
  }
}
