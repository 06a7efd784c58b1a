package org.ackgap.report.chart;

import java.awt.Color;
import org.ackgap.Stance;
import org.ackgap.Status;

/**
 * Colours of statuses and stances. They step in lightness, so they stay apart when printed in
 * grey, and they pair a red-orange ramp with blue, which colour-blind readers tell apart; the
 * status word or a marker shape is always drawn as well, so colour never carries meaning alone.
 */
public final class Palette {

  /** Body text. */
  public static final Color INK = new Color(0x22, 0x22, 0x22);
  /** Secondary text, rules and axes. */
  public static final Color MUTED = new Color(0x66, 0x66, 0x66);
  /** Hairlines and table rules. */
  public static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  /** Alternate table rows and panels. */
  public static final Color PANEL = new Color(0xF2, 0xF2, 0xF2);
  /** Confirmation lines and headings. */
  public static final Color ACCENT = new Color(0x08, 0x45, 0x94);
  /** The shaded span a claim went unacknowledged. */
  public static final Color GAP_SPAN = new Color(0xFD, 0xD0, 0xA2);

  private Palette() {}

  /** Returns the fill of a status, darkest for a denial, lightest for an unconfirmed claim. */
  public static Color status(Status status) {
    return switch (status) {
      case DENIED -> new Color(0xB3, 0x00, 0x00);      // grey ~21 %
      case SILENT -> new Color(0xE3, 0x4A, 0x33);      // grey ~46 %
      case EVASIVE -> new Color(0xFC, 0x8D, 0x59);     // grey ~66 %
      case ACKNOWLEDGED -> new Color(0x9E, 0xCA, 0xE1); // grey ~75 %, blue
      case UNCONFIRMED -> new Color(0xE0, 0xE0, 0xE0); // grey ~88 %
    };
  }

  /** Returns the text colour that reads on a status fill. */
  public static Color onStatus(Status status) {
    return status == Status.DENIED || status == Status.SILENT ? Color.WHITE : INK;
  }

  /** Returns the colour of a stance; none is a pale grey, drawn hollow where it is a marker. */
  public static Color stance(Stance stance) {
    return switch (stance) {
      case AFFIRM -> new Color(0x2C, 0x7F, 0xB8);
      case DENY -> new Color(0xB3, 0x00, 0x00);
      case DISCUSS -> new Color(0xFC, 0x8D, 0x59);
      case NONE -> new Color(0xC8, 0xC8, 0xC8);
    };
  }
}
