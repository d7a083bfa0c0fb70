package org.acta.core.application.decision;

/**
 * What people decided about one author position of a work, folded from its events (undone
 * events left out). Null fields: nobody decided that aspect.
 *
 * @param workKey the work
 * @param authorRank the position
 * @param personCode the person people attributed it to; null when not attributed by a person
 * @param unattributed true when staff said it is nobody of the university
 * @param status {@code verified} (staff attributed), {@code confirmed} (the person confirmed),
 *     {@code disputed} (the person rejected), or null
 * @param corresponding a person's answer to "is this author corresponding", or null
 * @param lastEventId the last event that counted
 */
public record AuthorshipOverride(
    String workKey,
    int authorRank,
    String personCode,
    boolean unattributed,
    String status,
    Boolean corresponding,
    long lastEventId) {}
