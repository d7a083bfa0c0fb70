/**
 * The review queue: what the pipeline left for people (authorship suggestions with outcome
 * {@code review}), filtered and keyset-paged, each item with the proposed person, the work's
 * source records and the evidence in words; and the staff's answers to it, recorded as decision
 * events through {@link org.acta.core.application.decision.DecisionService}. The pipeline does not
 * store possible duplicate works yet, so the queue holds attribution items only.
 */
package org.acta.core.application.review;
