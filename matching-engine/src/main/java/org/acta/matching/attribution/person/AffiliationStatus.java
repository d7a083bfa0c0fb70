package org.acta.matching.attribution.person;

/** What the work's records say about an author position's link to the university. */
public enum AffiliationStatus {
  /** A record links the author to an affiliation of the university (WoS C1, EI numbering). */
  LINKED_UNIVERSITY,
  /**
   * No record links this author to any affiliation, but a record lists the university among its
   * (unlinked) organisations: CNKI, EI RIS.
   */
  UNLINKED_UNIVERSITY,
  /** The records link the author only to other organisations. */
  ELSEWHERE,
  /** Nothing connects the author to the university. */
  NONE
}
