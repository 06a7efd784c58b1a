/**
 * The command line and the job that wires the stages: lock the output folder, read, match and
 * classify on every core, score, write, publish whole. Only {@link org.ackgap.job.Main#main}
 * calls {@code System.exit}; the job returns its exit code (0 done, 1 failure, 2 usage, 3 input
 * unusable, 4 locked) so tests run it in-process.
 */
package org.ackgap.job;
