package org.acta.rest.dto;

import java.util.List;
import org.acta.core.application.review.ProposedPerson;
import org.acta.core.application.review.ReviewItem;
import org.acta.core.application.review.ReviewSource;

/**
 * A review item on the wire: the contract's {@code ReviewItem} (kind in lower case; a duplicate's
 * other work and its sources).
 */
public record ReviewItemDto(
    String key,
    long version,
    String kind,
    String workId,
    int authorRank,
    String authorName,
    String title,
    Integer year,
    double score,
    List<String> evidence,
    ProposedPerson person,
    List<ReviewSource> sources,
    String otherWorkId,
    List<ReviewSource> otherSources) {

  public static ReviewItemDto of(ReviewItem i) {
    return new ReviewItemDto(i.key(), i.version(), i.kind().code(), i.workKey(), i.authorRank(),
        i.authorName(), i.title(), i.year(), i.score(), i.evidence(), i.person(), i.sources(),
        i.otherWorkKey(), i.otherSources());
  }
}
