/**
 * What a run publishes. {@link org.ackgap.report.ReportData} is everything the charts and the PDF
 * show, bounded whatever the number of statements; the CSV tables, charts and PDF live in the
 * sub-packages, each writing to streams with thin file wrappers.
 */
package org.ackgap.report;
