package org.acta.matching.dedup;

import static org.acta.matching.explain.ReasonCode.DEDUP_WORK_TOO_LARGE;
import static org.acta.matching.explain.ReasonCode.VETO_DIFFERENT_DOIS;
import static org.acta.matching.explain.ReasonCode.VETO_GENERIC_TITLE;

import org.acta.matching.explain.Reason;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Which pairs the engine did not join deserve a person's time. A pair whose score fell between the
 * thresholds is undecided and always does. A pair a hard rule refused (Part I and Part II, a
 * correction and its article, two issues of one volume, ...) was decided on what both records say:
 * on synthetic-dev every such pair was a correct refusal, so sending them to review is busywork.
 * Only refusals that rest on something a person can settle go: a generic title that only a DOI or
 * pages could pin down, a work that hit the size cap, and two DOIs that differ as a typing error does.
 */
final class ReviewWorthiness {
  /** Two DOIs within this many edits of each other may be one DOI mistyped (digits swapped). */
  private static final LevenshteinDistance TYPO = new LevenshteinDistance(2);

  private ReviewWorthiness() {}

  static boolean worthReview(Reason refusal, MatchRecord a, MatchRecord b) {
    if (refusal == null) {
      return true;
    }
    String code = refusal.code();
    if (VETO_GENERIC_TITLE.code().equals(code) || DEDUP_WORK_TOO_LARGE.code().equals(code)) {
      return true;
    }
    return VETO_DIFFERENT_DOIS.code().equals(code) && a.doi != null && b.doi != null
        && TYPO.apply(a.doi, b.doi) >= 0;
  }
}
