package org.ackgap.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an image as an 8-bit RGB PNG (no alpha, not interlaced), reading the pixels of a
 * {@code TYPE_INT_RGB} image straight from its int array.
 *
 * <p>ImageIO's PNG writer fetches every sample through the generic {@code Raster} API and tries
 * five filters on every row; for the report's charts that was most of the time spent on them,
 * and in a short-lived JVM most of that ran in the interpreter. Here a row that repeats the one
 * above is written with the Up filter (all zeros), any other row unfiltered, and zlib deflates
 * at its fastest level. On the charts, mostly flat colour, the files come out about the size
 * ImageIO's were, with the same pixels.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int FILTER_NONE = 0;
  private static final int FILTER_UP = 2;
  /** The most data an IDAT chunk carries; decoders join them, the size is ours to pick. */
  private static final int CHUNK = 1 << 16;

  private final OutputStream out;
  private final CRC32 crc = new CRC32();

  private PngEncoder(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes the image to the stream, which stays open. Any alpha the image has is dropped.
   *
   * @throws IOException if the stream fails
   */
  static void write(BufferedImage image, OutputStream out) throws IOException {
    new PngEncoder(out).encode(image);
  }

  private void encode(BufferedImage image) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    out.write(SIGNATURE);
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, w);
    putInt(ihdr, 4, h);
    ihdr[8] = 8; // bits per sample
    ihdr[9] = 2; // colour type: RGB
    // compression, filter method and interlace stay 0: deflate, adaptive filters, none
    chunk("IHDR", ihdr, ihdr.length);

    Pixels pixels = Pixels.of(image);
    int rowBytes = 1 + 3 * w;
    byte[] row = new byte[rowBytes];
    byte[] zeros = new byte[rowBytes];
    zeros[0] = FILTER_UP;
    byte[] buffer = new byte[CHUNK];
    int filled = 0;
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      for (int y = 0; y < h; y++) {
        byte[] next;
        if (y > 0 && pixels.sameAsAbove(y)) {
          next = zeros;
        } else {
          pixels.rgb(y, row);
          row[0] = FILTER_NONE;
          next = row;
        }
        deflater.setInput(next, 0, rowBytes);
        while (!deflater.needsInput()) {
          filled = drain(deflater, buffer, filled);
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        filled = drain(deflater, buffer, filled);
      }
    } finally {
      deflater.end();
    }
    if (filled > 0) {
      chunk("IDAT", buffer, filled);
    }
    chunk("IEND", buffer, 0);
  }

  /** Moves deflated bytes into the buffer, writing it as an IDAT chunk whenever it is full. */
  private int drain(Deflater deflater, byte[] buffer, int filled) throws IOException {
    filled += deflater.deflate(buffer, filled, buffer.length - filled);
    if (filled == buffer.length) {
      chunk("IDAT", buffer, filled);
      return 0;
    }
    return filled;
  }

  private void chunk(String type, byte[] data, int length) throws IOException {
    byte[] head = new byte[8];
    putInt(head, 0, length);
    for (int i = 0; i < 4; i++) {
      head[4 + i] = (byte) type.charAt(i);
    }
    crc.reset();
    crc.update(head, 4, 4);
    crc.update(data, 0, length);
    byte[] tail = new byte[4];
    putInt(tail, 0, (int) crc.getValue());
    out.write(head);
    out.write(data, 0, length);
    out.write(tail);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  /** The rows of an image as 0xRRGGBB ints. */
  private abstract static class Pixels {

    /** Fills {@code row[1..]} with row y as R, G, B bytes. */
    abstract void rgb(int y, byte[] row);

    /** Returns whether row y has the same colours as row y - 1. */
    abstract boolean sameAsAbove(int y);

    static Pixels of(BufferedImage image) {
      Raster raster = image.getRaster();
      if (image.getType() == BufferedImage.TYPE_INT_RGB
          && raster.getDataBuffer() instanceof DataBufferInt buffer
          && buffer.getNumBanks() == 1
          && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model) {
        int offset = buffer.getOffset()
            - raster.getSampleModelTranslateY() * model.getScanlineStride()
            - raster.getSampleModelTranslateX();
        return new IntRgb(buffer.getData(), offset, model.getScanlineStride(), image.getWidth());
      }
      return new AnyImage(image);
    }
  }

  /** A {@code TYPE_INT_RGB} image, read from its array without a copy. */
  private static final class IntRgb extends Pixels {
    private final int[] data;
    private final int offset;
    private final int stride;
    private final int width;

    IntRgb(int[] data, int offset, int stride, int width) {
      this.data = data;
      this.offset = offset;
      this.stride = stride;
      this.width = width;
    }

    @Override
    void rgb(int y, byte[] row) {
      int[] d = data;
      int from = offset + y * stride;
      for (int x = 0, i = 1; x < width; x++, i += 3) {
        int p = d[from + x];
        row[i] = (byte) (p >>> 16);
        row[i + 1] = (byte) (p >>> 8);
        row[i + 2] = (byte) p;
      }
    }

    @Override
    boolean sameAsAbove(int y) {
      int from = offset + y * stride;
      return Arrays.equals(data, from, from + width, data, from - stride, from - stride + width);
    }
  }

  /** Any other image, read a row at a time through {@code getRGB}; rows are asked for in order. */
  private static final class AnyImage extends Pixels {
    private final BufferedImage image;
    private int[] above;
    private int[] current;
    private int loaded = -1;

    AnyImage(BufferedImage image) {
      this.image = image;
      this.above = new int[image.getWidth()];
      this.current = new int[image.getWidth()];
    }

    private int[] row(int y) {
      if (y != loaded) {
        int[] t = above;
        above = current;
        current = t;
        image.getRGB(0, y, current.length, 1, current, 0, current.length);
        loaded = y;
      }
      return current;
    }

    @Override
    void rgb(int y, byte[] row) {
      int[] c = row(y);
      for (int x = 0, i = 1; x < c.length; x++, i += 3) {
        int p = c[x];
        row[i] = (byte) (p >>> 16);
        row[i + 1] = (byte) (p >>> 8);
        row[i + 2] = (byte) p;
      }
    }

    @Override
    boolean sameAsAbove(int y) {
      int[] c = row(y);
      // getRGB carries alpha; the PNG does not
      for (int x = 0; x < c.length; x++) {
        if (((c[x] ^ above[x]) & 0xFFFFFF) != 0) {
          return false;
        }
      }
      return true;
    }
  }
}
