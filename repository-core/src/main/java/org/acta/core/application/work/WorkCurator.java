package org.acta.core.application.work;

import java.util.List;
import org.acta.core.application.decision.RecordedDecision;

/**
 * What staff do to a work's clustering, each a decision event with actor and reason, refused as
 * a conflict when the work (or the undone event's item) moved on since {@code expectedVersion}.
 * The REST resource calls only this; the implementation records the events that later pipeline
 * runs honour.
 */
public interface WorkCurator {

  /**
   * {@code other} is the same publication as {@code surviving}: its records join it.
   *
   * @throws IllegalArgumentException naming the field for an unknown or identical work
   * @throws org.acta.core.application.decision.DecisionConflictException on a stale version
   */
  RecordedDecision merge(String surviving, String other, String actor, String reason,
      long expectedVersion);

  /**
   * The named source records are another publication: they leave the work (together, as one
   * work of their own).
   *
   * @throws IllegalArgumentException naming the field for records not in the work, or all of them
   */
  RecordedDecision split(String work, List<Long> recordIds, String actor, String reason,
      long expectedVersion);

  /**
   * Reverses an earlier decision about the work or one of its authorships.
   *
   * @throws IllegalArgumentException for an event not about this work, or already undone
   */
  RecordedDecision undo(String work, long eventId, String actor, String reason,
      long expectedVersion);
}
