package org.acta.matching.attribution.person;

import java.util.List;
import java.util.Set;
import org.acta.matching.attribution.name.NameReading;

/**
 * Everything the records of one work say about one author position, gathered across sources.
 *
 * @param rank 1-based author position
 * @param displayName the name as printed (the fullest form)
 * @param readings the name readings of every form the sources print
 * @param status the link to the university
 * @param unitIds the university's units named in the author's university affiliations (for an
 *     unlinked author: in the record's university affiliations)
 * @param onlyUniversity every organisation of the (unlinked) record is the university
 * @param emails e-mail addresses bound to the author
 * @param recordEmails e-mail addresses the records list without binding them to an author
 * @param orcids ORCID iDs bound to the author
 * @param year publication year, may be null
 * @param affiliationConfidence how sure the university affiliation match is
 */
public record AuthorEvidence(
    int rank,
    String displayName,
    List<NameReading> readings,
    AffiliationStatus status,
    Set<String> unitIds,
    boolean onlyUniversity,
    List<String> emails,
    List<String> recordEmails,
    List<String> orcids,
    Integer year,
    double affiliationConfidence) {

  public AuthorEvidence {
    readings = List.copyOf(readings);
    unitIds = Set.copyOf(unitIds);
    emails = List.copyOf(emails);
    recordEmails = List.copyOf(recordEmails);
    orcids = List.copyOf(orcids);
  }

  /** The Han-character name if a source gives one. */
  public String hanzi() {
    for (NameReading r : readings) {
      if (r.strength() == org.acta.matching.attribution.name.NameStrength.HANZI) {
        return r.family();
      }
    }
    return null;
  }
}
