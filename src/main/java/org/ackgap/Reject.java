package org.ackgap;

/**
 * An input row that was not used: a row of rejects.csv.
 *
 * @param file the file name, relative to the input folder
 * @param line the record's first physical line, 1-based
 * @param reason why it was not used
 * @param record the raw record
 */
public record Reject(String file, long line, String reason, String record)
    implements java.io.Serializable {}
