/**
 * The command line and the job that wires the stages, top to bottom: lock the output folder;
 * read topics and sources; read the statement files ({@code ingest.CsvSource}) on one thread,
 * process each row ({@link org.ackgap.job.RecordProcessor}: parse, match, classify, format) on
 * every core, collect in input order into the topic ledgers and the tables; score; write the
 * tables, charts and PDF; publish whole. Only {@link org.ackgap.job.Main#main} calls {@code
 * System.exit}; the job returns its {@link org.ackgap.job.ExitCode} so tests run it in-process.
 */
package org.ackgap.job;
