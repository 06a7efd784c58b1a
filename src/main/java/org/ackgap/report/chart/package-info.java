/**
 * Draws the report's charts from a {@link org.ackgap.report.ReportData}: {@link
 * org.ackgap.report.chart.Charts} builds each chart without touching a file, {@link
 * org.ackgap.report.chart.ChartFiles} saves them as PNG at twice their size for print, and the
 * PDF draws the same charts as vectors. Fonts come from the classpath (DejaVu), so a clean clone
 * renders Cyrillic headless on any machine.
 */
package org.ackgap.report.chart;
