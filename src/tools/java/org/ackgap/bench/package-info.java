/**
 * Synthetic inputs for benchmarks and stress tests, the pattern file that lets grep scan the same
 * input as a floor to compare against, and the floors of the job's own work, each in a JVM of its
 * own: reading the input with its SHA-256, and one chart and one PDF page (scripts/bench).
 */
package org.ackgap.bench;
