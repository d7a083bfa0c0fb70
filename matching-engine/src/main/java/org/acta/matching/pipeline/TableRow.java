package org.acta.matching.pipeline;

import java.util.List;

/**
 * One row of the one table (一张表): a (work, person) pair, as specified in
 * {@code shared/design/output-table.md}. Column order of {@link #COLUMNS} is the contract.
 */
public record TableRow(
    String rowId,
    String workId,
    String personId,
    String personName,
    String personKind,
    String unitId,
    int authorRank,
    boolean firstAuthor,
    boolean corresponding,
    boolean firstAffiliationIsInstitution,
    String title,
    String titleAlt,
    String sourceTitle,
    String issn,
    String eissn,
    Integer year,
    String volume,
    String issue,
    String pages,
    String doi,
    String documentType,
    String language,
    String indexedIn,
    String wosUt,
    String eiAccession,
    String cnkiId,
    String jcrQuartile,
    String impactFactor,
    String esiField,
    boolean esiHighlyCited,
    boolean esiHot,
    String status,
    double confidence,
    long version,
    boolean deleted) {

  /** The table's columns, in contract order. */
  public static final List<String> COLUMNS = List.of(
      "row_id", "work_id", "person_id", "person_name", "person_kind", "unit_id", "author_rank",
      "is_first_author", "is_corresponding", "first_affiliation_is_institution", "title",
      "title_alt", "source_title", "issn", "eissn", "year", "volume", "issue", "pages", "doi",
      "document_type", "language", "indexed_in", "wos_ut", "ei_accession", "cnki_id",
      "jcr_quartile", "impact_factor", "esi_field", "esi_highly_cited", "esi_hot", "status",
      "confidence", "version", "deleted");

  /** The row's values as strings, in {@link #COLUMNS} order. */
  public List<String> values() {
    return java.util.Arrays.asList(
        rowId, workId, personId, personName, personKind, unitId, Integer.toString(authorRank),
        Boolean.toString(firstAuthor), Boolean.toString(corresponding),
        Boolean.toString(firstAffiliationIsInstitution), title, titleAlt, sourceTitle, issn, eissn,
        year == null ? null : year.toString(), volume, issue, pages, doi, documentType, language,
        indexedIn, wosUt, eiAccession, cnkiId, jcrQuartile, impactFactor, esiField,
        Boolean.toString(esiHighlyCited), Boolean.toString(esiHot), status,
        confidenceText(confidence), Long.toString(version),
        Boolean.toString(deleted));
  }

  /**
   * The confidence with four decimals, half up, as {@code String.format(Locale.ROOT, "%.4f")}
   * writes it (the shortest decimal of the double, rounded), without a Formatter per row: a pull
   * of the whole table formats one per row, and the Formatter was most of a row's CPU.
   */
  static String confidenceText(double confidence) {
    return java.math.BigDecimal.valueOf(confidence).setScale(4, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
