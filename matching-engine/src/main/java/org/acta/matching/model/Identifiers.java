package org.acta.matching.model;

import java.util.List;

/**
 * The identifiers a record carries, as printed by the source (normalisation happens in the
 * engine; these are only trimmed).
 *
 * @param wosUt Web of Science accession, e.g. {@code WOS:000123456700001}
 * @param eiAccession Engineering Village accession number, e.g. {@code 20232314199901}
 * @param cnkiId CNKI file name / id where the export gives one (or the link-derived key)
 * @param doi DOI as printed (may carry a URL prefix)
 * @param issn print ISSN as printed
 * @param eissn electronic ISSN as printed
 * @param isbns ISBNs
 * @param cnNumber CNKI unified journal number (统一刊号), e.g. {@code 44-1999/TB}
 * @param pubmedId PubMed id
 * @param localId the record's own id in a generic publication list or legacy system (an {@code id}
 *     column: {@code conf/vldb/PoosalaI96}, {@code 304586}); meaningful only within its list
 */
public record Identifiers(
    String wosUt,
    String eiAccession,
    String cnkiId,
    String doi,
    String issn,
    String eissn,
    List<String> isbns,
    String cnNumber,
    String pubmedId,
    String localId) {

  public static final Identifiers NONE =
      new Identifiers(null, null, null, null, null, null, List.of(), null, null, null);

  public Identifiers {
    isbns = isbns == null ? List.of() : List.copyOf(isbns);
  }

  /** Identifiers of a bibliographic database record (no local id). */
  public Identifiers(String wosUt, String eiAccession, String cnkiId, String doi, String issn,
      String eissn, List<String> isbns, String cnNumber, String pubmedId) {
    this(wosUt, eiAccession, cnkiId, doi, issn, eissn, isbns, cnNumber, pubmedId, null);
  }
}
