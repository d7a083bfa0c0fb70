package org.acta.matching.work;

/** The bibliographic fields of a merged work, i.e. the work columns of the one table. */
public enum WorkField {
  TITLE,
  TITLE_ALT,
  SOURCE_TITLE,
  ISSN,
  EISSN,
  YEAR,
  VOLUME,
  ISSUE,
  PAGES,
  DOI,
  DOCUMENT_TYPE,
  LANGUAGE,
  INDEXED_IN,
  WOS_UT,
  EI_ACCESSION,
  CNKI_ID
}
