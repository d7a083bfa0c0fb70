package org.acta.rest.dto;

import java.util.List;
import org.acta.core.application.review.ReviewOutcome;

/** The outcome of every decision of a bulk answer, in order, and how many were recorded. */
public record ReviewBulkOutcomeDto(List<ReviewOutcome> outcomes, int recorded) {

  public static ReviewBulkOutcomeDto of(List<ReviewOutcome> outcomes) {
    return new ReviewBulkOutcomeDto(outcomes,
        (int) outcomes.stream().filter(ReviewOutcome::recorded).count());
  }
}
