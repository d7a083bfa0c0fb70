package org.acta.rest.dto;

/**
 * A decision as recorded.
 *
 * @param eventId the event's id (an undo names it)
 * @param itemKey the decided item
 * @param itemVersion the item's version now: send it as {@code expectedVersion} next time
 */
public record RecordedDecisionDto(long eventId, String itemKey, long itemVersion) {}
