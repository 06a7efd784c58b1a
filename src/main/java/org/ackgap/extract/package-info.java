/**
 * Finds who said or thought what in English and Russian news text (SPEC §6): {@link
 * org.ackgap.extract.AttributionExtractor} gives each attribution's source, cue and content spans
 * with the speaker resolved through pronouns, {@link org.ackgap.extract.SpeakerIndex} maps a
 * speaker to a source through its aliases, {@link org.ackgap.extract.StatedDate} dates the
 * statement, and {@link org.ackgap.extract.AttributionsCommand} is {@code ackgap attributions}.
 * Pure and thread-safe but for the command, which reads its files; see docs/extraction.md.
 */
package org.ackgap.extract;
