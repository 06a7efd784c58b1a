/**
 * Reads the input folder of SPEC §2. {@link org.ackgap.ingest.CsvSource} is the one way a CSV file
 * is read (Commons CSV, with each record's first line and raw text, in the encoding and with the
 * delimiter {@link org.ackgap.ingest.FormatDetector} finds or ackgap.properties forces); {@link
 * org.ackgap.ingest.StatementParser} turns a row into a {@link org.ackgap.ingest.Parsed} statement
 * or reject, on any thread; {@link org.ackgap.ingest.Admission} takes the parsed rows in input
 * order (duplicate ids, counts). Every row ends used or rejected with its file, first line, reason
 * and raw text; a folder that cannot be used at all (a missing file or column, a duplicate topic
 * or source id, a bad ackgap.properties) throws {@link org.ackgap.ingest.InputException}.
 * Statements stream; nothing here holds them all.
 */
package org.ackgap.ingest;
