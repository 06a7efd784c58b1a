/**
 * Writes report.pdf from a {@link org.ackgap.report.ReportData}: title page and executive
 * summary, a table of every topic, the overview charts, one section per top topic and the method
 * and data-quality pages. {@link org.ackgap.report.pdf.PdfReport} writes to a stream; charts are
 * drawn through Graphics2D as vectors with real, embedded text. Right-to-left text is shaped and
 * put in visual order line by line ({@link org.ackgap.report.pdf.RightToLeft}), since a PDF
 * text operator draws glyphs as given.
 */
package org.ackgap.report.pdf;
