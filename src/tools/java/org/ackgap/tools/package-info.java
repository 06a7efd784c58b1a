/**
 * Development tools around the attribution extractor, not part of a run: reading and scoring
 * PolNeAR ({@link org.ackgap.tools.PolnearScore}, scripts/polnear-evaluate), training the cue
 * model (scripts/train-attributions) and timing extraction.
 */
package org.ackgap.tools;
