package org.acta.core.application.review;

/**
 * Which review items to list. Null fields do not filter.
 *
 * @param unit only items whose proposed person belongs to this unit (unit code)
 * @param kind only items of this kind
 * @param minScore only items scored at least this (0..1)
 * @param maxScore only items scored at most this (0..1)
 * @param withinUnits only items whose proposed unit is one of these (a unit secretary's unit
 *     and the units below it); null does not filter, empty lets nothing through
 */
public record ReviewFilter(String unit, ReviewKind kind, Double minScore, Double maxScore,
    java.util.Set<String> withinUnits) {

  /** Without a unit scope. */
  public ReviewFilter(String unit, ReviewKind kind, Double minScore, Double maxScore) {
    this(unit, kind, minScore, maxScore, null);
  }

  public ReviewFilter {
    withinUnits = withinUnits == null ? null : java.util.Set.copyOf(withinUnits);
    check("minScore", minScore);
    check("maxScore", maxScore);
    if (minScore != null && maxScore != null && minScore > maxScore) {
      throw new IllegalArgumentException("minScore: " + minScore + " is above maxScore "
          + maxScore);
    }
  }

  /** Every item. */
  public static ReviewFilter all() {
    return new ReviewFilter(null, null, null, null);
  }

  private static void check(String field, Double score) {
    if (score != null && (score.isNaN() || score < 0 || score > 1)) {
      throw new IllegalArgumentException(field + ": must be between 0 and 1, not " + score);
    }
  }
}
