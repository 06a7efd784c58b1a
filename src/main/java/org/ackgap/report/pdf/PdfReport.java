package org.ackgap.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.ackgap.report.ReportData;

/** Placeholder until the PDF renderer lands. */
public final class PdfReport {
  private PdfReport() {}

  /** Writes the report. */
  public static void write(ReportData data, OutputStream out) throws IOException {
    out.write(new byte[0]);
  }
}
