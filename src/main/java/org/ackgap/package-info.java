/**
 * The domain records every stage sees: {@link org.ackgap.Topic}, {@link org.ackgap.Source},
 * {@link org.ackgap.Statement}, {@link org.ackgap.Stance}, {@link org.ackgap.Position}, {@link
 * org.ackgap.TopicScore}, {@link org.ackgap.TimelinePoint}, {@link org.ackgap.Parameters} and
 * {@link org.ackgap.Reject}. Immutable values; compact constructors check invariants only.
 */
package org.ackgap;
