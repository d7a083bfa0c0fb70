package org.acta.core.application.decision;

import java.time.Instant;

/**
 * One decision in the history of a work, as people see it (the works screen's "history, with
 * undo").
 *
 * @param eventId the event (what an undo names)
 * @param occurredAt when it was recorded
 * @param actor who decided
 * @param kind what it does
 * @param workKey the key of the work it was made on (the work may have another key now)
 * @param authorRank the position, for authorship kinds
 * @param personCode the person, for authorship kinds
 * @param reason free text
 * @param reasonCode a reject's coded reason
 * @param reverses the event an undo reverses
 * @param undone true when a later undo (not itself undone) reversed it
 * @param itemKey the decided item: the key to read its version under for an undo
 */
public record WorkEvent(long eventId, Instant occurredAt, String actor, DecisionKind kind,
    String workKey, Integer authorRank, String personCode, String reason, String reasonCode,
    Long reverses, boolean undone, String itemKey) {}
