package org.ackgap.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ackgap.report.chart.ReportFonts;
import org.ackgap.report.chart.ReportFonts.Face;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The report's faces parsed for PDFBox, for one report. Parsing the four TrueType files is most
 * of what the PDF costs before its first page, and a thread with nothing better to do can take
 * part of it: {@link #parseAhead} parses, from the last face back, every face no thread has
 * started on, while the PDF, as it needs each face from the first on, parses it itself or waits
 * for the thread that already is. Each face is parsed once, by one thread, either way.
 *
 * <p>A face parsed but never taken (the PDF failed first) holds only memory; the PDF closes the
 * ones it takes along with its document.
 */
public final class PdfFonts {

  private final Slot[] slots = new Slot[Face.values().length];

  /** Creates the faces of one report, none parsed yet. */
  public PdfFonts() {
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new Slot();
    }
  }

  /**
   * Parses every face that no thread has started on, the last face first; never throws: a face
   * that fails to parse fails the PDF when it takes it.
   */
  public void parseAhead() {
    Face[] faces = Face.values();
    for (int i = faces.length - 1; i >= 0; i--) {
      slots[i].parse(faces[i]);
    }
  }

  /**
   * Returns a face parsed, with GSUB off: parsing it now unless another thread has started on
   * it, then waiting for that one.
   *
   * @throws IOException if the face cannot be read or parsed
   */
  TrueTypeFont take(Face face) throws IOException {
    Slot slot = slots[face.ordinal()];
    slot.parse(face);
    try {
      return slot.font.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + face.resource(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("cannot parse " + face.resource(), e.getCause());
    }
  }

  private static final class Slot {
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<TrueTypeFont> font = new CompletableFuture<>();

    /** Parses the face if no thread has claimed it yet; the result or failure goes to font. */
    void parse(Face face) {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        font.complete(load(face));
      } catch (IOException | RuntimeException e) {
        font.completeExceptionally(e);
      } catch (Error e) {
        font.completeExceptionally(e);
        throw e;
      }
    }
  }

  /**
   * Parses a face with GSUB off. PDFBox runs GSUB on every {@code showText} in a face that has
   * it, which was half the time of writing the report; and without it "fi" stays two letters, so
   * a reader's search and copy find "confirmed", not "conﬁrmed".
   */
  private static TrueTypeFont load(Face face) throws IOException {
    byte[] data;
    try (InputStream in = ReportFonts.open(face)) {
      data = in.readAllBytes();
    }
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
    ttf.setEnableGsub(false);
    return ttf;
  }
}
