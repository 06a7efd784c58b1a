/**
 * Finds the topics a statement belongs to and decides its stance toward each claim (SPEC §2):
 * SPEC's term syntax matched in one pass for all topics, English and Russian cue rules, and a
 * small logistic model trained on the FNC-1 training split. {@link
 * org.ackgap.classify.PositionMaker} turns a statement into its positions; a statement in a
 * language without cue lexicons ({@link org.ackgap.classify.Language}) gets no stance. Pure and
 * thread-safe; see docs/classifier.md. The FNC-1 tools (conversion, evaluation, training) are in
 * src/tools.
 */
package org.ackgap.classify;
