package org.acta.rest.dto;

import java.util.List;
import org.acta.core.application.review.ReviewPage;

/** A page of the review queue: the contract's {@code ReviewPage}. */
public record ReviewPageDto(List<ReviewItemDto> items, String nextCursor, long total) {

  public static ReviewPageDto of(ReviewPage p) {
    return new ReviewPageDto(p.items().stream().map(ReviewItemDto::of).toList(), p.nextCursor(),
        p.total());
  }
}
