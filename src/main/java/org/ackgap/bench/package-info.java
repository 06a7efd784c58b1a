/**
 * Synthetic inputs for benchmarks and stress tests, and the pattern file that lets grep scan the
 * same input as a floor to compare against (scripts/bench).
 */
package org.ackgap.bench;
