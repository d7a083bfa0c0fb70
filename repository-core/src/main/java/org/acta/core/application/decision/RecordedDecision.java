package org.acta.core.application.decision;

/**
 * A decision as stored.
 *
 * @param eventId the event's id (what an undo names)
 * @param itemKey the decided item
 * @param itemVersion the item's version after this decision
 */
public record RecordedDecision(long eventId, String itemKey, long itemVersion) {}
