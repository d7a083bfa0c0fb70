/**
 * Decisions as events: merge, split, attribute, unattribute, confirm, reject, set corresponding
 * author and undo, each appended with actor, time, reason, score and evidence, never updated.
 * Current state is derived from them; a person's decision is never overridden by a re-run.
 */
package org.acta.core.application.decision;
