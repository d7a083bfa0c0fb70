package org.acta.matching.dedup;

import java.util.List;
import org.acta.matching.work.Work;

/**
 * What deduplication found.
 *
 * @param works every work, each record in exactly one
 * @param possibleMatches undecided pairs for review
 */
public record DedupResult(List<Work> works, List<PossibleMatch> possibleMatches) {
  public DedupResult {
    works = List.copyOf(works);
    possibleMatches = List.copyOf(possibleMatches);
  }
}
