package org.ackgap.ingest;

/**
 * One record as it stands in a CSV file, before its fields are split.
 *
 * @param line the record's first physical line, 1-based
 * @param text the record's characters without its line terminator
 * @param problem why the record could not be split, or null when it could
 */
record RawRecord(long line, String text, String problem) {}
