/**
 * The CSV tables of SPEC §4 with their exact columns: UTF-8, LF, minimal quoting, and every cell
 * neutralised against spreadsheet formulas (OWASP) while plain numbers stay numbers.
 */
package org.ackgap.report.csv;
