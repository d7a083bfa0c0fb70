package org.acta.matching.attribution;

import java.util.List;
import org.acta.matching.explain.Reason;

/**
 * The engine's decision for one author position of one work: which person of the university it
 * is (if any), in which unit, with which roles, how sure, and why.
 *
 * @param workId the work
 * @param authorRank 1-based author position
 * @param authorName the name as printed
 * @param personId the person of the dictionary (best candidate)
 * @param personName the person's name as in the dictionary (Chinese where known)
 * @param personKind {@code staff} or {@code student}
 * @param unitId the unit the person belonged to for this work
 * @param score 0..1 confidence
 * @param outcome auto, review or reject, by the configured thresholds
 * @param why the evidence, as reasons rendered into words a librarian understands
 * @param firstAuthor author rank 1
 * @param corresponding named corresponding/reprint author in any source
 * @param firstAffiliationIsInstitution the author's first listed affiliation is the university
 */
public record AuthorshipDecision(
    String workId,
    int authorRank,
    String authorName,
    String personId,
    String personName,
    String personKind,
    String unitId,
    double score,
    Outcome outcome,
    List<Reason> why,
    boolean firstAuthor,
    boolean corresponding,
    boolean firstAffiliationIsInstitution) {

  public AuthorshipDecision {
    why = why == null ? List.of() : List.copyOf(why);
  }

  /** The evidence in English words. */
  public List<String> reasons() {
    return why.stream().map(Reason::english).toList();
  }
}
