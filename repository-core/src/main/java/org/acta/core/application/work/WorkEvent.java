package org.acta.core.application.work;

/**
 * A decision about a work or one of its authorships, as the event log keeps it.
 *
 * @param eventId the event (what an undo names)
 * @param occurredAt when, ISO-8601 UTC
 * @param actor who ({@code system} for the machine)
 * @param kind merge, split, attribute, unattribute, confirm, reject, set_corresponding, undo
 * @param itemKey the decided item
 * @param authorRank the author position, for authorship decisions
 * @param personCode the person, where the kind names one
 * @param reason why, in words
 * @param reasonCode the coded reason of a rejection
 * @param evidence what the decision names besides (the other work of a merge, the records of a
 *     split), JSON
 * @param reverses the event an undo reverses
 * @param undone whether a later undo (not itself undone) reverses this event
 * @param itemVersion the current version of the event's item: what an undo of it names
 */
public record WorkEvent(
    long eventId,
    String occurredAt,
    String actor,
    String kind,
    String itemKey,
    Integer authorRank,
    String personCode,
    String reason,
    String reasonCode,
    String evidence,
    Long reverses,
    boolean undone,
    long itemVersion) {}
