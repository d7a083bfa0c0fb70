package org.acta.matching.attribution.affiliation;

import java.util.List;

/**
 * What an affiliation string says about the university.
 *
 * @param institution the string names the university (itself, or one of its labs alone)
 * @param unitIds the university's units named in it, most specific first (empty if none)
 * @param confidence how sure the institution match is (0 when {@code institution} is false)
 * @param lookAlike the string names a similarly named other institution ("X Univ" for "X Univ
 *     Technol"), reported so that reviewers see why it was not taken
 * @param evidence what matched, in words
 */
public record AffiliationMatch(
    boolean institution, List<String> unitIds, double confidence, boolean lookAlike,
    String evidence) {

  public static final AffiliationMatch NONE =
      new AffiliationMatch(false, List.of(), 0, false, "no university name");

  public AffiliationMatch {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }

  /** The most specific unit named, or null. */
  public String unitId() {
    return unitIds.isEmpty() ? null : unitIds.get(0);
  }
}
