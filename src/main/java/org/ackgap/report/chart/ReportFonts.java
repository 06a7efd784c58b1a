package org.ackgap.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the DejaVu faces shipped in the jar, so charts and the PDF never depend on the fonts a
 * machine happens to have. DejaVu covers Latin, Latin-extended, Greek and Cyrillic; its licence
 * (Bitstream Vera / Arev, free) sits next to the files as {@code LICENSE-DejaVu.txt}.
 */
public final class ReportFonts {

  /** The faces the report uses. */
  public enum Face {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf"),
    CONDENSED("DejaVuSansCondensed.ttf"),
    CONDENSED_BOLD("DejaVuSansCondensed-Bold.ttf");

    private final String file;

    Face(String file) {
      this.file = file;
    }

    /** Returns the classpath resource of this face. */
    public String resource() {
      return "/org/ackgap/report/fonts/" + file;
    }
  }

  /** The character drawn in place of one the font has no glyph for. */
  public static final char MISSING = '\uFFFD';

  private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

  private ReportFonts() {}

  /** Opens a face's TrueType data; the caller closes the stream. */
  public static InputStream open(Face face) {
    InputStream in = ReportFonts.class.getResourceAsStream(face.resource());
    if (in == null) {
      throw new IllegalStateException("font resource missing from the classpath: " + face.resource());
    }
    return in;
  }

  /** Returns a face as an AWT font of the given point size. */
  public static Font awt(Face face, float size) {
    return base(face).deriveFont(size);
  }

  private static synchronized Font base(Face face) {
    Font font = AWT.get(face);
    if (font == null) {
      try {
        byte[] bytes;
        try (InputStream in = open(face)) {
          bytes = in.readAllBytes();
        }
        Path file = unpack(face, bytes, cacheDir());
        if (file != null) {
          font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } else {
          font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + face.resource(), e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("not a TrueType font: " + face.resource(), e);
      }
      AWT.put(face, font);
    }
    return font;
  }

  /** The folder of the unpacked faces: the user's own, in the temporary folder. */
  private static Path cacheDir() {
    return Path.of(System.getProperty("java.io.tmpdir"),
        "ackgap-fonts-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /**
   * Returns a file holding a face's bytes, in {@code dir}, written there by the first run that
   * needed it; null when {@code dir} cannot be used.
   *
   * <p>AWT reads a font from a file. Given a stream, it copies it to a temporary file of its own
   * ("+~JF…tmp") that only a JVM exiting normally deletes: every run killed by cron's timeout or
   * SIGKILL left 2.8 MB behind. Unpacked once into a folder of the user's, readable by them alone,
   * under a name that holds the bytes' digest, a face is there for every later run and every
   * build, and nothing is left per run. The bytes are compared on every use, so a damaged file is
   * written again; a folder that others could write into is not used.
   */
  static Path unpack(Face face, byte[] bytes, Path dir) {
    try {
      if (!ownedAndPrivate(dir)) {
        return null;
      }
      String digest = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
      Path file = dir.resolve(face.name().toLowerCase(Locale.ROOT) + "-" + digest + ".ttf");
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return file;
      }
      Path part = Files.createTempFile(dir, file.getFileName().toString(), ".part");
      try {
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      return file;
    } catch (IOException | NoSuchAlgorithmException | UnsupportedOperationException
        | SecurityException e) {
      return null;
    }
  }

  /**
   * Makes {@code dir} if it is missing, readable and writable by its owner alone; returns whether
   * it is a folder (not a link) of this user's that no one else can write into.
   */
  private static boolean ownedAndPrivate(Path dir) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      try {
        if (posix) {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectory(dir);
        }
      } catch (FileAlreadyExistsException e) {
        // another run made it meanwhile: checked below like any other
      }
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!posix) {
      return true;
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
    return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).equals(me)
        && !perms.contains(PosixFilePermission.GROUP_WRITE)
        && !perms.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /**
   * Returns the text with every character the face cannot draw replaced by {@link #MISSING}, and
   * control characters by spaces, so a stray emoji shows as a visible box and never fails a run.
   */
  public static String displayable(Face face, String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Font font = base(face);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        // zero-width joiners, direction marks and the like draw nothing anyway
      } else if (font.canDisplay(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(MISSING);
      }
    });
    return out.toString();
  }
}
